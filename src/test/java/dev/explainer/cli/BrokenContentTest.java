package dev.explainer.cli;

import dev.explainer.testing.Projects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every folder under {@code src/test/resources/broken/} is a small explainer with one thing a writer
 * (or an attacker) could get wrong, and {@code expected.txt} holds exactly the diagnostics {@code check}
 * prints for it, sorted. An empty {@code expected.txt} means the input is valid (a BOM, CRLF line
 * endings) and must check and build. Cases that cannot live in the repository (a 10 MB file, a
 * symbolic link out of the project) are made in a temporary folder by the tests at the end.
 */
class BrokenContentTest {
    private static final long CAP_MB = dev.explainer.content.ProjectFiles.MAX_BYTES / 1024 / 1024;

    static final Path CASES = Path.of("src/test/resources/broken").toAbsolutePath();
    /** The valid explainer every case is a copy of, with one thing changed. */
    static final Path BASELINE = CASES.resolve("baseline");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void checkPrintsExactlyTheExpectedDiagnostics(String name) throws IOException {
        Path project = CASES.resolve(name);
        List<String> expected = expected(project);
        Cli r = Cli.run("check", "-C", project.toString()).assertNoStackTrace();
        assertEquals(expected, r.diagnostics(), r::toString);
        boolean errors = expected.stream().anyMatch(l -> l.contains(": error: "));
        assertEquals(errors ? Main.CONTENT_ERRORS : Main.OK, r.code(), r::toString);
        assertTrue(r.lastLine().startsWith(count(expected)), r::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void buildRunsTheSameChecksAndNeverReplacesTheSiteOnError(String name, @TempDir Path dir) throws IOException {
        Path project = CASES.resolve(name);
        List<String> expected = expected(project);
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("sources"));
        Files.writeString(site.resolve("index.html"), "the site as published before");
        Files.writeString(site.resolve("sources/sentinel.txt"), "untouched");
        Map<String, String> before = Projects.digest(site);

        Cli r = Cli.run("build", "-C", project.toString(), "-o", site.toString()).assertNoStackTrace();
        assertEquals(expected, r.diagnostics().stream().filter(l -> !l.startsWith("build failed")).toList(), r::toString);
        if (expected.stream().anyMatch(l -> l.contains(": error: "))) {
            assertEquals(Main.CONTENT_ERRORS, r.code(), r::toString);
            assertEquals(before, Projects.digest(site), "the previous site is untouched");
            try (Stream<Path> s = Files.list(dir)) {
                assertEquals(List.of(site), s.toList(), "no temporary folder is left beside the site");
            }
        } else {
            assertEquals(Main.OK, r.code(), r::toString);
            assertTrue(Files.isRegularFile(site.resolve("index.html")));
            assertFalse(Files.exists(site.resolve("sources/sentinel.txt")), "the new site replaced the old one");
            assertNothingFromContentRuns(site);
        }
    }

    /** The one case whose markup reaches the pages: an article is shown as received, so it must be escaped. */
    @Test
    void markupInAnArticleIsShownAsTextNeverRun(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        Cli r = Cli.run("build", "-C", CASES.resolve("markup-in-article").toString(), "-o", site.toString());
        assertEquals(Main.OK, r.code(), r::toString);
        String page = Files.readString(site.resolve("sources/gazette.html"));
        assertTrue(page.contains("&lt;script&gt;alert(&quot;from the article&quot;)&lt;/script&gt;"), "shown, escaped");
        assertNothingFromContentRuns(site);
    }

    // --- cases made on the fly ---------------------------------------------------------------

    @Test
    void aContentFileOverTheCapIsRefusedWithoutReadingIt(@TempDir Path dir) throws IOException {
        Path project = copyOfBaseline(dir);
        StringBuilder big = new StringBuilder(Files.readString(project.resolve("content/facts.yaml")));
        String pad = "# " + "padding ".repeat(12) + "\n";
        while (big.length() <= dev.explainer.content.ProjectFiles.MAX_BYTES) big.append(pad);
        Files.writeString(project.resolve("content/facts.yaml"), big);
        long kb = Files.size(project.resolve("content/facts.yaml")) / 1024;
        assertBroken(project, dir, List.of("content/facts.yaml:1:1: error: content/facts.yaml is too large (" + kb
                + " KB) (content and article files are limited to " + CAP_MB + " MB; split it or trim it)"));
    }

    @Test
    void anArticleOverTheCapIsRefusedNamingItsSource(@TempDir Path dir) throws IOException {
        Path project = copyOfBaseline(dir);
        Path seed = project.resolve("seeds/001_coastline.txt");
        String text = Files.readString(seed);
        Files.writeString(seed, text + "\n" + "More text. ".repeat((int) (dev.explainer.content.ProjectFiles.MAX_BYTES / 11 + 1)));
        long kb = Files.size(seed) / 1024;
        assertBroken(project, dir, List.of("content/sources.yaml:10:3: error: seeds/001_coastline.txt is too large (" + kb
                + " KB) (content and article files are limited to " + CAP_MB + " MB; split it or trim it)"));
    }

    @Test
    void aContentFileLinkedFromOutsideTheProjectIsRefused(@TempDir Path dir) throws IOException {
        Path project = copyOfBaseline(dir);
        Path outside = Files.writeString(dir.resolve("outside-people.yaml"),
                Files.readString(project.resolve("content/people.yaml")));
        Files.delete(project.resolve("content/people.yaml"));
        link(project.resolve("content/people.yaml"), outside);
        assertBroken(project, dir, List.of("content/people.yaml:1:1: error: 'content/people.yaml' is a link to a file outside"
                + " the project (copy the file into the project instead of linking to it)"));
    }

    @Test
    void aLinkToTheSystemsPasswordFileIsRefused(@TempDir Path dir) throws IOException {
        Path project = copyOfBaseline(dir);
        Files.delete(project.resolve("content/facts.yaml"));
        link(project.resolve("content/facts.yaml"), Path.of("/etc/passwd"));
        assertBroken(project, dir, List.of("content/facts.yaml:1:1: error: 'content/facts.yaml' is a link to a file outside"
                + " the project (copy the file into the project instead of linking to it)"));
    }

    @Test
    void anArticleLinkedFromOutsideTheProjectIsRefusedNamingItsSource(@TempDir Path dir) throws IOException {
        Path project = copyOfBaseline(dir);
        Path seed = project.resolve("seeds/000_gazette.txt");
        Path outside = Files.writeString(dir.resolve("gazette.txt"), Files.readString(seed));
        Files.delete(seed);
        link(seed, outside);
        // Anselm Dray is named only in that article, so the name check cannot find him until the link is fixed.
        assertBroken(project, dir, List.of("content/people.yaml:23:3: warning: person 'anselm-dray' is not named in any"
                + " source (add the spelling the articles use to 'variants', or remove the person)",
                "content/sources.yaml:2:3: error: 'seeds/000_gazette.txt' is a link to a file"
                + " outside the project (copy the file into the project instead of linking to it)"));
    }

    @Test
    void aLinkToNothingIsRefused(@TempDir Path dir) throws IOException {
        Path project = copyOfBaseline(dir);
        Files.delete(project.resolve("content/timeline.yaml"));
        link(project.resolve("content/timeline.yaml"), dir.resolve("no-such-file.yaml"));
        assertBroken(project, dir, List.of("content/timeline.yaml:1:1: error: 'content/timeline.yaml' is a link to a file"
                + " that does not exist (replace the link with the file itself)"));
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static void assertBroken(Path project, Path dir, List<String> expected) throws IOException {
        Cli check = Cli.run("check", "-C", project.toString()).assertNoStackTrace();
        assertEquals(expected, check.diagnostics(), check::toString);
        assertEquals(Main.CONTENT_ERRORS, check.code());

        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "the site as published before");
        Map<String, String> before = Projects.digest(site);
        Cli build = Cli.run("build", "-C", project.toString(), "-o", site.toString()).assertNoStackTrace();
        assertEquals(Main.CONTENT_ERRORS, build.code(), build::toString);
        assertEquals(before, Projects.digest(site));
    }

    private static Path copyOfBaseline(Path dir) {
        return Projects.copy(BASELINE, dir.resolve("project"));
    }

    private static void link(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (IOException | UnsupportedOperationException e) {
            assumeTrue(false, "this system cannot make symbolic links: " + e);
        }
    }

    private static List<String> expected(Path project) throws IOException {
        return Files.readAllLines(project.resolve("expected.txt"), StandardCharsets.UTF_8);
    }

    private static String count(List<String> expected) {
        long errors = expected.stream().filter(l -> l.contains(": error: ")).count();
        long warnings = expected.size() - errors;
        return errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s");
    }

    /** No script but the page's own JSON-LD, no script in an attribute, no javascript: link anywhere. */
    static void assertNothingFromContentRuns(Path site) throws IOException {
        try (Stream<Path> s = Files.walk(site)) {
            for (Path page : s.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(page.toFile(), "UTF-8");
                for (Element script : doc.select("script")) {
                    assertEquals("application/ld+json", script.attr("type"), page + ": " + script);
                    assertFalse(script.data().contains("alert"), page + ": " + script);
                }
                for (Element e : doc.getAllElements()) {
                    e.attributes().forEach(a -> {
                        assertFalse(a.getKey().toLowerCase().startsWith("on"), page + ": an event handler in " + e.tagName());
                        assertFalse(a.getValue().strip().toLowerCase().startsWith("javascript:"), page + ": " + a);
                    });
                }
            }
        }
    }
}
