package dev.explainer.web;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A site published at a project path ({@code https://user.github.io/repo/}) keeps every link,
 * asset and canonical URL inside that path, and the same content published at a domain root
 * does too. The trap this guards against: a root-relative {@code /style.css} works at a domain
 * root and breaks under {@code /repo/}.
 */
class ProjectPathTest {
    @TempDir
    static Path projectOut;
    @TempDir
    static Path domainOut;
    static BuiltSite project;
    static BuiltSite domain;

    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)|@import\\s+['\"]([^'\"]+)['\"]");

    @BeforeAll
    static void build() {
        project = BuiltSite.build(projectOut, BuiltSite.PROJECT_BASE);
        domain = BuiltSite.build(domainOut, BuiltSite.DOMAIN_BASE);
    }

    @Test
    void everyLinkAndAssetResolvesInsideTheProjectPath() {
        assertEquals(List.of(), brokenReferences(project));
    }

    @Test
    void everyLinkAndAssetResolvesAtADomainRoot() {
        assertEquals(List.of(), brokenReferences(domain));
    }

    @Test
    void canonicalAndSocialUrlsAreThePagesOwnAddresses() {
        for (BuiltSite site : List.of(project, domain)) {
            for (String page : site.pages()) {
                if (page.equals("404.html")) continue;
                Document d = site.doc(page);
                String expected = site.url(page);
                assertEquals(expected, d.select("link[rel=canonical]").attr("href"), page + " canonical");
                assertEquals(expected, d.select("meta[property=og:url]").attr("content"), page + " og:url");
                assertTrue(expected.startsWith(site.baseUrl()));
            }
        }
    }

    /**
     * GitHub Pages serves 404.html at whatever address was missed, at any depth, so a relative link
     * there would resolve against the wrong folder. Its links are absolute URLs on the site, and it
     * needs no file of its own: styles and icon are inline, allowed by a hash in its CSP.
     */
    @Test
    void theNotFoundPageWorksAtAnyDepth() {
        for (BuiltSite site : List.of(project, domain)) {
            Document d = site.doc("404.html");
            List<String> wrong = new ArrayList<>();
            for (Element e : d.select("[href], [src]")) {
                String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (ref.startsWith("#") || ref.startsWith("data:") || isExternal(site, ref)) continue;
                if (!ref.startsWith(site.baseUrl())) wrong.add(e.tagName() + " " + ref);
            }
            assertEquals(List.of(), wrong, "404.html under " + site.baseUrl() + ": links must be absolute URLs on the site");
            assertEquals(0, d.select("link[rel=stylesheet]").size(), "404.html cannot rely on a relative stylesheet");
            assertEquals(1, d.select("head style").size(), "404.html carries its styles inline");
            String policy = d.select("meta[http-equiv=Content-Security-Policy]").attr("content");
            String css = d.select("head style").first().data();
            assertTrue(policy.contains("style-src '" + sha256(css) + "'"), "the CSP allows exactly the inline styles: " + policy);
            assertTrue(d.select("link[rel=icon]").attr("href").startsWith("data:image/svg+xml,"), "inline icon");
        }
    }

    private static String sha256(String text) {
        try {
            return "sha256-" + java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void feedSitemapAndRobotsUseTheBaseUrl() {
        for (BuiltSite site : List.of(project, domain)) {
            String robots = site.text("robots.txt");
            assertTrue(robots.contains("Sitemap: " + site.baseUrl() + "sitemap.xml"), robots);
            for (String xml : List.of("sitemap.xml", "feed.xml")) {
                Matcher m = Pattern.compile("(?:<loc>|href=\")(https?://[^<\"]+)").matcher(site.text(xml));
                int found = 0;
                while (m.find()) {
                    found++;
                    URI url = URI.create(m.group(1));
                    assertTrue(url.toString().startsWith(site.baseUrl()), xml + ": " + url + " is outside " + site.baseUrl());
                    assertTrue(site.fileFor(url).isPresent(), xml + ": " + url + " names no file of the site");
                }
                assertTrue(found > 0, xml + " lists no URL");
            }
        }
    }

    /** Every href/src (and CSS url()) on every page that does not resolve to a file and anchor of the site. */
    private static List<String> brokenReferences(BuiltSite site) {
        List<String> broken = new ArrayList<>();
        for (String page : site.pages()) {
            Document d = site.doc(page);
            for (Element e : d.select("[href], [src]")) {
                String attr = e.hasAttr("href") ? "href" : "src";
                String ref = e.attr(attr);
                if (ref.startsWith("data:") || ref.startsWith("mailto:")) continue;
                if (e.tagName().equals("a") && isExternal(site, ref)) continue;
                // Absolute URLs on the site itself: canonical links, and the 404 page's links.
                boolean absoluteLink = e.tagName().equals("a") || e.tagName().equals("link") && e.attr("rel").matches("canonical|alternate");
                if (absoluteLink && ref.matches("(?i)^https?://.*")) {
                    check(site, page, e, URI.create(ref), broken);
                    continue;
                }
                if (ref.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
                    broken.add(page + ": <" + e.tagName() + " " + attr + "=\"" + ref + "\"> is an absolute URL; assets must be relative");
                    continue;
                }
                check(site, page, e, URI.create(e.absUrl(attr)), broken);
            }
        }
        for (String css : site.files().stream().filter(f -> f.endsWith(".css")).toList()) {
            Matcher m = CSS_URL.matcher(site.text(css));
            while (m.find()) {
                String ref = m.group(1) != null ? m.group(1) : m.group(2);
                if (ref.startsWith("data:") || ref.startsWith("#")) continue;
                URI url = URI.create(site.url(css)).resolve(ref);
                if (site.fileFor(url).isEmpty()) broken.add(css + ": url(" + ref + ") -> " + url);
            }
        }
        return broken;
    }

    private static void check(BuiltSite site, String page, Element e, URI url, List<String> broken) {
        String where = page + ": <" + e.tagName() + " " + (e.hasAttr("href") ? "href=\"" + e.attr("href") : "src=\"" + e.attr("src")) + "\">";
        Optional<String> file = site.fileFor(url);
        if (!url.toString().startsWith(site.baseUrl())) {
            broken.add(where + " resolves to " + url + ", outside " + site.baseUrl());
        } else if (file.isEmpty()) {
            broken.add(where + " resolves to " + url + ", which names no file");
        } else if (url.getFragment() != null && !url.getFragment().isEmpty() && file.get().endsWith(".html")) {
            String id = url.getFragment();
            if (!id.equals("top") && !IDS.computeIfAbsent(site.dir().resolve(file.get()), f -> ids(site, file.get())).contains(id)) {
                broken.add(where + ": no id=\"" + id + "\" in " + file.get());
            }
        }
    }

    private static final Map<Path, Set<String>> IDS = new HashMap<>();

    private static Set<String> ids(BuiltSite site, String file) {
        Set<String> ids = new HashSet<>();
        for (Element e : site.doc(file).select("[id]")) ids.add(e.id());
        return ids;
    }

    private static boolean isExternal(BuiltSite site, String ref) {
        if (!ref.matches("(?i)^https?://.*")) return false;
        return !URI.create(ref).getHost().equalsIgnoreCase(URI.create(site.baseUrl()).getHost());
    }
}
