package dev.explainer.build;

import dev.explainer.testing.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds the small fixture explainer and compares every file with the reviewed copy in
 * {@code src/test/resources/sites/harbour-fire/expected/}. After an intended change to templates or
 * rendering, regenerate with {@code mvn test -Dtest=GoldenSiteTest -Dexplainer.updateGolden=true},
 * then read the diff before committing it.
 */
class GoldenSiteTest {
    private static final Path EXPECTED = Projects.HARBOUR.resolve("expected");

    @Test
    void theFixtureSiteMatchesItsReviewedGoldenFiles(@TempDir Path out) throws IOException {
        Path site = out.resolve("site");
        BuildResult r = new Builder().build(Projects.HARBOUR, site, "https://example.org/harbour/");
        assertTrue(r.ok(), () -> SiteBuildTest.errors(r));
        if (Boolean.getBoolean("explainer.updateGolden")) {
            dev.explainer.testing.Projects.replaceTree(site, EXPECTED);
        }
        Map<String, String> built = Projects.digest(site);
        Map<String, String> golden = Projects.digest(EXPECTED);
        assertEquals(new TreeSet<>(golden.keySet()), new TreeSet<>(built.keySet()), "the same files");
        List<String> differ = new ArrayList<>();
        for (String f : built.keySet()) {
            if (!built.get(f).equals(golden.get(f))) differ.add(f);
        }
        if (!differ.isEmpty()) {
            String f = differ.get(0);
            assertEquals(Files.readString(EXPECTED.resolve(f)), Files.readString(site.resolve(f)),
                    f + " differs from its golden copy (and " + (differ.size() - 1) + " more)");
        }
    }
}
