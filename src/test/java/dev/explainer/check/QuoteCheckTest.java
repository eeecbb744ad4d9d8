package dev.explainer.check;

import dev.explainer.build.BuildResult;
import dev.explainer.build.Builder;
import dev.explainer.model.Article;
import dev.explainer.model.Diagnostic;
import dev.explainer.model.QuoteSpot;
import dev.explainer.content.ArticleReader;
import dev.explainer.testing.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteCheckTest {
    private static final String ARTICLE = """
            Headline here

            The minister said: “We’re done — for now,” and left   the room.
            A second paragraph with the ﬁnal word.
            """;

    private final ArticleIndex index = new ArticleIndex(ArticleReader.read("src", "a.txt", ARTICLE));

    @Test
    void aQuoteDifferingOnlyInCurlyQuotesDashesAndSpacingIsFound() {
        QuoteSpot spot = index.find("said: \"We're  done - for now,\" and left the room");
        assertNotNull(spot);
        assertEquals(2, spot.paragraph());
        Article a = index.article();
        assertEquals("said: “We’re done — for now,” and left   the room", a.paragraphs().get(1).substring(spot.start(), spot.end()));
        assertEquals("p2-13", spot.anchor());
    }

    @Test
    void compatibilityFormsAreNormalised() {
        assertNotNull(index.find("with the final word"), "NFKC turns the ﬁ ligature into fi");
    }

    @Test
    void nothingLooserThanNormalisationMatches() {
        assertNull(index.find("the minister said"), "case counts");
        assertNull(index.find("We are done"), "words count");
        assertNull(index.find("left the room!"), "punctuation counts");
    }

    @Test
    void theClosestPassageIsTheWindowSharingMostWords() {
        assertEquals("done - for now,\" and", index.closest("We're done for now and"));
    }

    @Test
    void aQuoteChangedByOneWordFailsTheBuildWithTheCitationsLine(@TempDir Path dir) {
        Path project = Projects.copy(Projects.HARBOUR, dir);
        // facts.yaml line 26: "    - source: gazette", then line 27: "      quote: The alarm was raised at 4.10 a.m."
        Projects.edit(project.resolve("content/facts.yaml"), "quote: The alarm was raised at 4.10 a.m.", "quote: The alarm was sounded at 4.10 a.m.");
        BuildResult r = new Builder().build(project, project.resolve("site"), null);
        List<String> errors = r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::line).toList();
        assertEquals(List.of("content/facts.yaml:26:7: error: quote not found in gazette (000_gazette.txt)"
                + " (closest passage: \"The alarm was raised at 4.10 a.m.\")"), errors);
        assertTrue(!java.nio.file.Files.exists(project.resolve("site")), "nothing was written");
    }
}
