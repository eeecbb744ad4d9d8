package dev.explainer.render;

import dev.explainer.build.BuildResult;
import dev.explainer.build.Builder;
import dev.explainer.testing.Projects;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComparisonTest {
    @Test
    void eachClaimIsAgreedContradictedOrMetWithSilenceExactlyAsTheContentSays() {
        BuildResult r = new Builder().check(Projects.HARBOUR);
        assertTrue(r.ok());
        Map<String, String> table = new LinkedHashMap<>();
        for (Views.Row row : new ViewBuilder(r.content(), r.provenance()).comparison()) {
            table.put(row.id(), row.status() + " " + row.cells().stream().map(Views.Cell::status).toList());
        }
        // Columns: gazette, coastline.
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("fire-date-place", "corroborated [agrees, agrees]");
        expected.put("firefighters", "contested [contradicts, agrees]");
        expected.put("alarm-and-control", "corroborated [agrees, agrees]");
        expected.put("evacuated-unhurt", "corroborated [agrees, agrees]");
        expected.put("owner-and-contents", "corroborated [agrees, agrees]");
        expected.put("quay-closed", "corroborated [agrees, agrees]");
        expected.put("inspection-2021", "single-source [agrees, silent]");
        expected.put("cause-unknown", "corroborated [agrees, agrees]");
        assertEquals(expected, table);
    }

    @Test
    void everyCellLinksToTheExactQuoteOnTheReadingPage() {
        BuildResult r = new Builder().check(Projects.HARBOUR);
        Views.Row firefighters = new ViewBuilder(r.content(), r.provenance()).comparison().stream()
                .filter(row -> row.id().equals("firefighters")).findFirst().orElseThrow();
        Views.Cell gazette = firefighters.cells().get(0);
        assertEquals("about 40 firefighters", gazette.quote());
        assertTrue(gazette.href().matches("sources/gazette\\.html#p\\d+-\\d+"), gazette.href());
        assertEquals(null, firefighters.cells().stream().filter(c -> c.status().equals("silent")).findFirst().map(Views.Cell::href).orElse(null));
    }

    @Test
    void theShippedExplainerRecordsTheKnownDisagreements() {
        BuildResult r = new Builder().check(Projects.MAIN);
        List<String> contested = new ViewBuilder(r.content(), r.provenance()).comparison().stream()
                .filter(row -> row.status().equals("contested")).map(Views.Row::id).toList();
        assertTrue(contested.size() >= 6, contested.toString());
    }
}
