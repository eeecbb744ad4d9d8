package dev.explainer.cli;

import dev.explainer.model.Diagnostics;
import dev.explainer.testing.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code check}: every problem, sorted by file and line, then one line of counts; exit 0, 1 or 2. */
class CheckCommandTest {
    @Test
    void theShippedExplainerIsClean() {
        Cli r = Cli.run("check", "-C", ".").assertNoStackTrace();
        assertEquals(Main.OK, r.code(), r::toString);
        assertEquals("0 errors, 0 warnings", r.lastLine());
    }

    @Test
    void everyProblemInEveryFileIsPrintedSortedByFileAndLine(@TempDir Path dir) {
        Path project = Projects.copy(BrokenContentTest.BASELINE, dir);
        Projects.edit(project.resolve("content/timeline.yaml"), "date: 2024-03-02", "date: 2024-13-02");
        Projects.edit(project.resolve("content/people.yaml"), "  name: Anselm Dray", "  nmae: Anselm Dray");
        Projects.edit(project.resolve("content/people.yaml"), "  name: Orla Brennick", "  name: Orla Brennick\n  name: Orla B.");
        Projects.edit(project.resolve("content/event.yaml"), "place: North Quay", "place: \"North Quay");
        Cli r = Cli.run("check", "-C", project.toString()).assertNoStackTrace();
        assertEquals(List.of(
                "content/event.yaml:4:8: error: a quotation mark (\") is not closed (end the text with a closing \" on the same"
                        + " line, or remove the opening one)",
                "content/people.yaml:5:3: error: duplicate key 'name': it is already set at line 4 (keep one of the two;"
                        + " YAML would silently use only the last)",
                "content/people.yaml:25:3: error: unknown key 'nmae' (did you mean 'name'?)",
                "content/timeline.yaml:9:9: error: '2024-13-02' in 'date' is not a valid date (write YYYY-MM-DD, e.g."
                        + " 2025-03-01; or YYYY-MM, or a year alone in quotes (\"2020\"), when that is all that is known)"),
                r.diagnostics());
        assertTrue(r.err().contains("    4 | place: \"North Quay, Port Elling\n      |        ^\n"), r::toString);
        assertEquals("4 errors, 0 warnings (references, quotes and names are checked once these are fixed)", r.lastLine());
        assertEquals(Main.CONTENT_ERRORS, r.code());
    }

    @Test
    void quietPrintsOnlyErrors(@TempDir Path dir) {
        Path project = Projects.copy(BrokenContentTest.CASES.resolve("duplicate-source-id"), dir);
        Cli r = Cli.run("check", "-q", "-C", project.toString());
        assertEquals(1, r.diagnostics().size(), r::toString);
        assertEquals("1 error, 1 warning", r.lastLine());
    }

    @Test
    void warningsAloneDoNotFailTheCheck() {
        Cli r = Cli.run("check", "-C", BrokenContentTest.CASES.resolve("unused-source").toString());
        assertEquals(Main.OK, r.code(), r::toString);
        assertEquals("0 errors, 1 warning", r.lastLine());
    }

    @Test
    void checkWritesNothing(@TempDir Path dir) throws IOException {
        Path project = Projects.copy(BrokenContentTest.BASELINE, dir);
        var before = Projects.digest(project);
        assertEquals(Main.OK, Cli.run("check", "-C", project.toString()).code());
        assertEquals(before, Projects.digest(project));
        assertFalse(Files.exists(project.resolve("site")));
    }

    @Test
    void anUnknownOptionIsWrongUsage() {
        Cli r = Cli.run("check", "--strict").assertNoStackTrace();
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().startsWith("Unknown option: '--strict'\nUsage: explainer check"), r::toString);
    }

    @Test
    void aFolderThatDoesNotExistIsWrongUsage(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-explainer");
        Cli r = Cli.run("check", "-C", missing.toString()).assertNoStackTrace();
        assertEquals(Main.USAGE, r.code());
        assertEquals("there is no folder '" + missing + "'; check the path given to -C", r.err().lines().findFirst().orElse(""));
    }

    @Test
    void aFolderThatIsNotAnExplainerIsWrongUsage(@TempDir Path dir) {
        Cli r = Cli.run("build", "-C", dir.toString()).assertNoStackTrace();
        assertEquals(Main.USAGE, r.code());
        assertEquals("'" + dir + "' is not an explainer: it has no content/ folder. Run the command in an explainer's"
                + " folder, point -C at one, or create one with 'explainer new FOLDER'", r.err().lines().findFirst().orElse(""));
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void noCommandIsWrongUsage() {
        Cli r = Cli.run();
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().startsWith("name a command: build, serve, check or new"), r::toString);
    }

    @Test
    void buildRunsTheSameChecksFirst(@TempDir Path dir) {
        Path project = BrokenContentTest.CASES.resolve("unknown-fact-id");
        Cli check = Cli.run("check", "-C", project.toString());
        Cli build = Cli.run("build", "-C", project.toString(), "-o", dir.resolve("site").toString());
        assertEquals(check.diagnostics(), build.diagnostics().stream().filter(l -> !l.startsWith("build failed")).toList());
        assertEquals(Main.CONTENT_ERRORS, build.code());
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void buildPrintsTheFirstHundredProblemsAndCountsTheRestWhereCheckPrintsThemAll(@TempDir Path dir) throws IOException {
        Path project = Projects.copy(BrokenContentTest.BASELINE, dir.resolve("project"));
        StringBuilder entries = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            // Two errors each: a month that does not exist, and no citation.
            entries.append("\n- date: 2024-13-02\n  text: An entry with a month that does not exist.\n");
        }
        Files.writeString(project.resolve("content/timeline.yaml"), entries, StandardOpenOption.APPEND);

        Cli check = Cli.run("check", "-C", project.toString()).assertNoStackTrace();
        assertEquals(300, check.diagnostics().size(), check::toString);
        Cli build = Cli.run("build", "-C", project.toString(), "-o", dir.resolve("site").toString()).assertNoStackTrace();
        List<String> printed = build.diagnostics();
        assertEquals(check.diagnostics().subList(0, Diagnostics.SHOWN), printed.subList(0, Diagnostics.SHOWN), build::toString);
        assertEquals(List.of("... and 200 more problems not shown (200 errors, 0 warnings); 'explainer check -C " + project
                        + "' lists every one", "build failed: 300 errors, 0 warnings; " + dir.resolve("site") + " is unchanged"),
                printed.subList(Diagnostics.SHOWN, printed.size()), build::toString);
        assertEquals(Main.CONTENT_ERRORS, build.code());
    }

    @Test
    void buildWithTimingsListsEachPhaseAndTheTotal(@TempDir Path dir) {
        Cli r = Cli.run("build", "--timings", "-C", ".", "-o", dir.resolve("site").toString()).assertNoStackTrace();
        assertEquals(Main.OK, r.code(), r::toString);
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.get(0).matches("phase +wall +share +CPU +cores +compiling +collecting"), r::toString);
        String columns = " +\\d+\\.\\d ms +\\d+\\.\\d % +\\d+ ms +(\\d+\\.\\d|-) +\\d+ ms +\\d+ ms";
        assertTrue(lines.get(1).matches("loading content" + columns), r::toString);
        assertTrue(lines.stream().anyMatch(l -> l.matches("rendering" + columns)), r::toString);
        String total = lines.stream().filter(l -> l.startsWith("total ")).findFirst().orElseThrow();
        assertTrue(total.matches("total +\\d+\\.\\d ms +\\d+ ms +(\\d+\\.\\d|-) +\\d+ ms +\\d+ ms"), r::toString);
        assertFalse(total.matches("total +[0-9.]+ ms +0 ms .*"), () -> "the JVM's CPU time is measured: " + total);
        assertTrue(r.lastLine().startsWith("built "), r::toString);
        assertFalse(Cli.run("build", "-C", ".", "-o", dir.resolve("again").toString()).err().contains("total"),
                "without --timings nothing is timed");
    }
}
