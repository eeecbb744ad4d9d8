package dev.explainer.build;

import dev.explainer.bench.SyntheticExplainer;
import dev.explainer.render.PagePlan;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An explainer with more sources than {@link PagePlan#MANY_SOURCES} gets the layout that keeps
 * every page's size independent of the number of sources: a comparison listing who agrees and who
 * contradicts, a footer that links to the list, and structured data citing only the page's source.
 */
class ManySourcesSiteTest {
    private static final int SOURCES = PagePlan.MANY_SOURCES + 1;

    @TempDir
    static Path dir;
    static BuildResult result;

    @BeforeAll
    static void build() throws IOException {
        SyntheticExplainer.write(dir.resolve("x"), SOURCES);
        result = new Builder().build(dir.resolve("x"), dir.resolve("site"), null);
        assertTrue(result.ok(), () -> SiteBuildTest.errors(result));
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(dir.resolve("site").resolve(path)));
    }

    @Test
    void theComparisonListsAgreeingAndContradictingSourcesAndCountsTheSilent() throws IOException {
        Document compare = page("compare.html");
        assertTrue(compare.selectFirst(".intro").text().contains("With " + SOURCES + " sources"), compare.selectFirst(".intro").text());
        var rows = compare.select("table.compare-list tbody tr");
        assertEquals(result.content().facts().size(), rows.size());
        int contested = 0;
        for (Element row : rows) {
            int agree = row.select(".cell-agrees a.cite").size();
            int contradict = row.select(".cell-contradicts a.cite").size();
            assertTrue(agree > 0, row.id());
            assertEquals(String.valueOf(SOURCES - agree - contradict), row.selectFirst(".cell-silent").text(), row.id());
            for (Element a : row.select("a.cite")) assertTrue(a.attr("href").matches("sources/source-\\d+\\.html#p\\d+-\\d+"), a.attr("href"));
            if (contradict > 0) {
                contested++;
                assertTrue(row.hasClass("row-contested"), row.id());
            }
            // The contradiction tint marks the rows that have one, not the whole column.
            assertEquals(contradict > 0 ? 1 : 0, row.select("td.cell-contradicts").size(), row.id());
        }
        assertTrue(contested > 0, "the synthetic explainer has contested claims");
        assertTrue(compare.select("table.compare:not(.compare-list)").isEmpty(), "no claims × sources table");
    }

    @Test
    void pagesLinkToTheListOfSourcesInsteadOfRepeatingIt() throws IOException {
        Document home = page("index.html");
        Element footer = home.selectFirst(".colophon-sources");
        assertTrue(footer.text().contains("All " + SOURCES + " sources are listed"), footer.text());
        assertTrue(footer.select("ol").isEmpty(), "no list of every source in the footer");
        assertEquals(SOURCES, page("about.html").select("#sources-heading ~ * a[href^=sources/]").size());
    }

    @Test
    void aSourcePageCountsAllSourcesAndCitesOnlyItsOwnInStructuredData() throws IOException {
        Document s = page("sources/source-1.html");
        assertEquals("Source 1 of " + SOURCES + " · How we read it", s.selectFirst(".kicker").text());
        String jsonLd = s.selectFirst("script[type=application/ld+json]").data();
        assertEquals(1, jsonLd.split("\"citation\"")[1].split("\"@type\":\"NewsArticle\"", -1).length - 1, jsonLd);
        String about = page("about.html").selectFirst("script[type=application/ld+json]").data();
        assertEquals(SOURCES, about.split("\"citation\"")[1].split("\"@type\":\"NewsArticle\"", -1).length - 1);
        assertFalse(jsonLd.contains("source-2"), jsonLd);
    }
}
