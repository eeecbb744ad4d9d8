package dev.explainer.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What search engines, feed readers and social networks read: canonical URLs, descriptions, Open
 * Graph and X cards, NewsArticle JSON-LD, the sitemap, the Atom feed, robots.txt, CNAME; and the
 * dates a reader sees, which come from the content and never from the build clock.
 */
class PublishMetadataTest {
    @TempDir
    static Path out;
    @TempDir
    static Path again;
    static BuiltSite site;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void build() {
        site = BuiltSite.build(out, BuiltSite.PROJECT_BASE);
    }

    @Test
    void everyPageHasTheHeadASharedLinkNeeds() {
        for (String page : site.pages()) {
            Document d = site.doc(page);
            assertFalse(d.select("html").attr("lang").isBlank(), page + ": lang");
            assertFalse(d.title().isBlank(), page + ": title");
            assertTrue(d.select("meta[name=viewport]").attr("content").contains("width=device-width"), page + ": viewport");
            if (!page.equals("404.html")) {
                assertFalse(d.select("link[rel=canonical]").attr("href").isBlank(), page + ": canonical");
                assertFalse(d.select("meta[property=og:url]").attr("content").isBlank(), page + ": og:url");
            }
            assertFalse(d.select("meta[name=description]").attr("content").isBlank(), page + ": description");
            for (String p : List.of("og:type", "og:title", "og:description", "og:site_name", "og:locale")) {
                assertFalse(d.select("meta[property=" + p + "]").attr("content").isBlank(), page + ": " + p);
            }
            for (String n : List.of("twitter:card", "twitter:title", "twitter:description")) {
                assertFalse(d.select("meta[name=" + n + "]").attr("content").isBlank(), page + ": " + n);
            }
            assertFalse(d.select("link[rel=icon]").attr("href").isBlank(), page + ": favicon");
            assertEquals("application/atom+xml", d.select("link[rel=alternate]").attr("type"), page + ": feed link");
        }
    }

    @Test
    void theNotFoundPageClaimsNoAddressAndIsNoArticle() {
        Document d = site.doc("404.html");
        assertEquals(0, d.select("link[rel=canonical], meta[property=og:url], script[type=application/ld+json]").size(),
                "404.html is served at every missing address, so it names none as its own and is not a NewsArticle");
    }

    @Test
    void everyPageHasNewsArticleStructuredDataWithDatesSourcesAndPublisher() throws IOException {
        for (String page : site.pages()) {
            if (page.equals("404.html")) continue;
            Document d = site.doc(page);
            List<Element> blocks = d.select("script[type=application/ld+json]");
            assertEquals(1, blocks.size(), page + ": one JSON-LD block");
            JsonNode ld = JSON.readTree(blocks.get(0).data());
            assertEquals("https://schema.org", ld.path("@context").asText(), page);
            assertEquals("NewsArticle", ld.path("@type").asText(), page);
            String headline = ld.path("headline").asText();
            assertTrue(!headline.isBlank() && headline.length() <= 110, page + ": headline '" + headline + "'");
            for (String date : List.of("datePublished", "dateModified")) {
                OffsetDateTime.parse(ld.path(date).asText()); // throws without a timezone offset
            }
            assertFalse(ld.path("publisher").path("name").asText().isBlank(), page + ": publisher");
            assertFalse(ld.path("author").path("name").asText().isBlank(), page + ": author");
            assertEquals(d.select("link[rel=canonical]").attr("href"), ld.path("url").asText(), page + ": url");
            JsonNode citations = ld.path("citation");
            assertTrue(citations.isArray() && citations.size() > 0, page + ": citation list");
            for (JsonNode c : citations) {
                assertFalse(c.path("headline").asText().isBlank(), page + ": cited source headline");
                assertFalse(c.path("publisher").path("name").asText().isBlank(), page + ": cited source publisher");
            }
        }
    }

    @Test
    void everyPageShowsWhenItWasPublishedAndLastUpdated() throws IOException {
        JsonNode ld = JSON.readTree(site.doc("index.html").select("script[type=application/ld+json]").first().data());
        OffsetDateTime published = OffsetDateTime.parse(ld.path("datePublished").asText());
        OffsetDateTime updated = OffsetDateTime.parse(ld.path("dateModified").asText());
        for (String page : site.pages()) {
            Document d = site.doc(page);
            String footer = d.select("footer.colophon").text();
            assertTrue(footer.contains("Published") && footer.contains("Last updated"), page + " footer: " + footer);
            if (page.equals("404.html")) continue;
            Element stamps = d.selectFirst("main .stamps");
            assertTrue(stamps != null, page + ": a .stamps line in <main>");
            assertTrue(stamps.text().contains("Published") && stamps.text().contains("Last updated"), page + ": " + stamps.text());
            List<OffsetDateTime> times = stamps.select("time[datetime]").stream().map(t -> OffsetDateTime.parse(t.attr("datetime"))).toList();
            assertEquals(List.of(published, updated), times, page + ": the stamps' machine-readable dates");
        }
    }

    @Test
    void sitemapListsEveryPageButTheNotFoundPage() throws Exception {
        org.w3c.dom.Document xml = parseXml("sitemap.xml");
        assertEquals("urlset", xml.getDocumentElement().getLocalName());
        NodeList locs = xml.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) listed.add(locs.item(i).getTextContent());
        List<String> expected = site.pages().stream().filter(p -> !p.equals("404.html")).map(site::url).sorted().toList();
        assertEquals(expected, listed.stream().sorted().toList());
        NodeList mods = xml.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "lastmod");
        for (int i = 0; i < mods.getLength(); i++) OffsetDateTime.parse(mods.item(i).getTextContent());
    }

    @Test
    void feedIsAtomWithDatedEntries() throws Exception {
        String atom = "http://www.w3.org/2005/Atom";
        org.w3c.dom.Document xml = parseXml("feed.xml");
        assertEquals("feed", xml.getDocumentElement().getLocalName());
        assertEquals(atom, xml.getDocumentElement().getNamespaceURI());
        NodeList entries = xml.getElementsByTagNameNS(atom, "entry");
        assertTrue(entries.getLength() > 0, "the feed has no entry");
        for (int i = 0; i < entries.getLength(); i++) {
            org.w3c.dom.Element e = (org.w3c.dom.Element) entries.item(i);
            for (String child : List.of("id", "title", "updated", "link")) {
                assertEquals(1, e.getElementsByTagNameNS(atom, child).getLength(), "entry " + i + ": " + child);
            }
            OffsetDateTime.parse(e.getElementsByTagNameNS(atom, "updated").item(0).getTextContent());
        }
        boolean self = false;
        NodeList links = xml.getDocumentElement().getChildNodes();
        for (int i = 0; i < links.getLength(); i++) {
            if (links.item(i) instanceof org.w3c.dom.Element l && l.getLocalName().equals("link") && l.getAttribute("rel").equals("self")) {
                self = l.getAttribute("href").equals(site.baseUrl() + "feed.xml");
            }
        }
        assertTrue(self, "the feed links to itself at " + site.baseUrl() + "feed.xml");
    }

    @Test
    void robotsAllowsCrawlingAndNamesTheSitemap() {
        String robots = site.text("robots.txt");
        assertTrue(robots.contains("User-agent: *"), robots);
        assertFalse(robots.matches("(?s).*Disallow: /\\s.*"), robots);
        assertTrue(robots.contains("Sitemap: " + site.baseUrl() + "sitemap.xml"), robots);
        assertTrue(Files.exists(out.resolve(".nojekyll")), ".nojekyll keeps GitHub Pages from running Jekyll");
        assertFalse(Files.exists(out.resolve("CNAME")), "no CNAME without a domain in site.yaml");
    }

    @Test
    void twoBuildsAreByteIdentical() {
        BuiltSite second = BuiltSite.build(again, BuiltSite.PROJECT_BASE);
        assertEquals(site.files(), second.files());
        for (String f : site.files()) assertArrayEquals(site.bytes(f), second.bytes(f), f + " differs between two builds");
    }

    @Test
    void aDomainInTheConfigurationWritesCname(@TempDir Path project) throws IOException {
        for (String dir : List.of("content", "seeds", "templates")) copy(Path.of(dir), project.resolve(dir));
        Path config = project.resolve("content/site.yaml");
        Files.writeString(config, Files.readString(config).replaceFirst("(?m)^base_url:.*$",
                "base_url: https://explainer.example.org/\ndomain: explainer.example.org"));
        Path built = project.resolve("site");
        var r = new dev.explainer.build.Builder().build(project, built, null);
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        assertEquals("explainer.example.org\n", Files.readString(built.resolve("CNAME")));
        assertTrue(Files.readString(built.resolve("index.html")).contains("href=\"https://explainer.example.org/\""));
    }

    private static org.w3c.dom.Document parseXml(String file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(site.bytes(file)));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
