package dev.explainer.web;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Page weight and what a page may load: under 100 KB in all, nothing from another host, one small
 * stylesheet and no script to block rendering, and a Content Security Policy that allows exactly
 * that and nothing more.
 */
class BudgetTest {
    /** Every page, with everything it loads, stays under this many bytes (uncompressed). */
    static final int PAGE_BUDGET = 100_000;
    static final int STYLESHEET_BUDGET = 20_000;

    @TempDir
    static Path out;
    static BuiltSite site;

    private static final String LOADING = "link[rel~=(?i)^(stylesheet|icon|preload|prefetch|modulepreload|manifest|apple-touch-icon)$], "
            + "script[src], img, iframe, source, video, audio, track, embed, object, image, use";
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)|@import\\s+['\"]([^'\"]+)['\"]");

    @BeforeAll
    static void build() {
        site = BuiltSite.build(out, BuiltSite.PROJECT_BASE);
    }

    @Test
    void everyPageWithWhatItLoadsIsUnder100KB() {
        List<String> over = new ArrayList<>();
        String largest = "";
        long largestBytes = 0;
        for (String page : site.pages()) {
            long bytes = site.bytes(page).length;
            for (String f : loads(page)) bytes += site.bytes(f).length;
            if (bytes > largestBytes) {
                largestBytes = bytes;
                largest = page;
            }
            if (bytes >= PAGE_BUDGET) over.add(page + ": " + bytes + " bytes with " + loads(page));
        }
        System.out.println("largest page: " + largest + ", " + largestBytes + " bytes with what it loads");
        assertEquals(List.of(), over, "pages over " + PAGE_BUDGET + " bytes");
    }

    @Test
    void nothingIsLoadedFromAnotherHost() {
        List<String> thirdParty = new ArrayList<>();
        for (String page : site.pages()) {
            for (Element e : site.doc(page).select(LOADING)) {
                for (String attr : List.of("href", "src", "srcset", "data", "poster", "xlink:href")) {
                    String v = e.attr(attr).strip();
                    if (v.matches("(?i)^(https?:)?//.*") || v.matches("(?i)^[a-z]+://.*")) thirdParty.add(page + ": <" + e.tagName() + " " + attr + "=\"" + v + "\">");
                }
            }
        }
        for (String css : stylesheets()) {
            Matcher m = CSS_URL.matcher(site.text(css));
            while (m.find()) {
                String ref = m.group(1) != null ? m.group(1) : m.group(2);
                if (ref.matches("(?i)^(https?:)?//.*")) thirdParty.add(css + ": " + m.group());
            }
        }
        assertEquals(List.of(), thirdParty);
    }

    @Test
    void oneSmallStylesheetAndNoScriptThatBlocksRendering() {
        for (String page : site.pages()) {
            Document d = site.doc(page);
            if (page.equals("404.html")) {
                // Served at any depth, it cannot link a stylesheet; its one small <style> is allowed by hash.
                assertEquals(0, d.select("link[rel~=(?i)^stylesheet$]").size(), page + ": stylesheets");
                assertEquals(1, d.select("style").size(), page + ": <style> elements");
                assertTrue(d.select("style").first().data().length() < STYLESHEET_BUDGET, page + ": inline style size");
            } else {
                assertEquals(1, d.select("link[rel~=(?i)^stylesheet$]").size(), page + ": stylesheets");
                assertEquals(0, d.select("style").size(), page + ": <style> elements");
            }
            assertEquals(List.of(), d.select("script").stream().filter(s -> !s.attr("type").equals("application/ld+json"))
                    .map(Element::outerHtml).toList(), page + ": scripts (only JSON-LD data blocks are allowed)");
        }
        for (String css : stylesheets()) {
            assertTrue(site.bytes(css).length < STYLESHEET_BUDGET, css + " is " + site.bytes(css).length + " bytes");
            assertTrue(!site.text(css).contains("@import"), css + " imports another stylesheet, which blocks rendering twice");
        }
    }

    @Test
    void theContentSecurityPolicyAllowsOnlyWhatThePagesUse() {
        for (String page : site.pages()) {
            Document d = site.doc(page);
            Elements csp = d.select("meta[http-equiv=Content-Security-Policy]");
            assertEquals(1, csp.size(), page + ": one CSP meta element");
            assertTrue(csp.first().elementSiblingIndex() < 3, page + ": the CSP comes first in <head>, before what it governs");
            String policy = csp.attr("content");
            Set<String> directives = new LinkedHashSet<>();
            for (String part : policy.split(";")) {
                String[] words = part.strip().split("\\s+");
                if (words[0].isEmpty()) continue;
                directives.add(words[0]);
                List<String> sources = Arrays.asList(words).subList(1, words.length);
                for (String s : sources) {
                    boolean allowed = s.matches("'none'|'self'")
                            || page.equals("404.html") && (s.matches("'sha256-[A-Za-z0-9+/=]+'") && words[0].equals("style-src")
                                                           || s.equals("data:") && words[0].equals("img-src"));
                    assertTrue(allowed, page + ": CSP " + words[0] + " allows " + s + " in: " + policy);
                }
            }
            assertTrue(policy.contains("default-src 'none'"), page + ": CSP must deny by default: " + policy);
            // Directives a <meta> policy ignores only produce console errors.
            for (String ignored : List.of("frame-ancestors", "report-uri", "report-to", "sandbox")) {
                assertTrue(!directives.contains(ignored), page + ": " + ignored + " is ignored in a <meta> CSP");
            }
            // What the page would need beyond the policy: inline styles, inline or remote scripts.
            assertEquals(0, d.select("[style]").size(), page + ": style attributes are blocked by style-src 'self'");
            if (!directives.contains("script-src")) {
                assertEquals(0, d.select("script:not([type=application/ld+json]), [onload], [onclick]").size(), page + ": scripts are blocked");
            }
        }
    }

    /** The site's files a page loads: stylesheets and icons, images, and what its stylesheets load. */
    private static Set<String> loads(String page) {
        Set<String> files = new LinkedHashSet<>();
        Document d = site.doc(page);
        for (Element e : d.select(LOADING)) {
            String attr = e.hasAttr("src") ? "src" : e.hasAttr("href") ? "href" : e.hasAttr("data") ? "data" : null;
            if (attr == null || e.attr(attr).startsWith("#") || e.attr(attr).startsWith("data:")) continue;
            site.fileFor(URI.create(e.absUrl(attr))).ifPresent(files::add);
        }
        for (String css : List.copyOf(files)) {
            if (!css.endsWith(".css")) continue;
            Matcher m = CSS_URL.matcher(site.text(css));
            while (m.find()) {
                String ref = m.group(1) != null ? m.group(1) : m.group(2);
                if (ref.startsWith("data:") || ref.startsWith("#")) continue;
                site.fileFor(URI.create(site.url(css)).resolve(ref)).ifPresent(files::add);
            }
        }
        return files;
    }

    private static List<String> stylesheets() {
        return site.files().stream().filter(f -> f.endsWith(".css")).toList();
    }
}
