package dev.explainer.build;

import dev.explainer.model.Diagnostic;
import dev.explainer.testing.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteBuildTest {
    private final Builder builder = new Builder();

    @Test
    void buildsEveryPageOfTheShippedExplainer(@TempDir Path out) {
        BuildResult r = builder.build(Projects.MAIN, out.resolve("site"), null);
        assertTrue(r.ok(), () -> errors(r));
        Path site = out.resolve("site");
        for (String page : List.of("index.html", "figures.html", "context.html", "compare.html", "about.html", "404.html",
                "style.css", "favicon.svg", "sitemap.xml", "feed.xml", "robots.txt")) {
            assertTrue(Files.isRegularFile(site.resolve(page)), page);
        }
        assertEquals(r.content().sources().size(), r.content().sources().stream()
                .filter(s -> Files.isRegularFile(site.resolve("sources/" + s.id() + ".html"))).count());
        assertEquals(6 + r.content().sources().size(), r.pages());
    }

    @Test
    void buildsASecondExplainerAboutAnotherEventWithNoCodeChange(@TempDir Path out) throws Exception {
        BuildResult r = builder.build(Projects.HARBOUR, out.resolve("site"), null);
        assertTrue(r.ok(), () -> errors(r));
        String home = Files.readString(out.resolve("site/index.html"));
        assertTrue(home.contains("Port Elling"), "the fixture's own content is on its home page");
        assertTrue(Files.isRegularFile(out.resolve("site/sources/gazette.html")));
        assertTrue(Files.isRegularFile(out.resolve("site/sources/coastline.html")));
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical(@TempDir Path out) {
        assertTrue(builder.build(Projects.MAIN, out.resolve("a"), null).ok());
        assertTrue(new Builder().build(Projects.MAIN, out.resolve("b"), null).ok());
        Map<String, String> a = Projects.digest(out.resolve("a"));
        assertFalse(a.isEmpty());
        assertEquals(a, Projects.digest(out.resolve("b")));
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteUntouched(@TempDir Path dir) {
        Path project = Projects.copy(Projects.HARBOUR, dir.resolve("project"));
        Path site = project.resolve("site");
        assertTrue(builder.build(project, site, null).ok());
        Map<String, String> before = Projects.digest(site);

        Projects.edit(project.resolve("content/facts.yaml"), "quote: The alarm was raised at 4.10 a.m.", "quote: The alarm was raised at 4.15 a.m.");
        Projects.edit(project.resolve("content/event.yaml"), "headline:", "headline: Changed:");
        BuildResult r = builder.build(project, site, null);

        assertFalse(r.ok());
        assertEquals(before, Projects.digest(site));
        try (var files = Files.list(dir.resolve("project"))) {
            assertEquals(List.of("content", "seeds", "site"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary folder is left behind");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theSiteABuildReplacedIsDeletedByTheBuildersCleanupOnceTheBuildHasReturned(@TempDir Path dir) throws Exception {
        Path project = Projects.copy(Projects.HARBOUR, dir.resolve("project"));
        Path site = project.resolve("site");
        List<Runnable> later = new java.util.ArrayList<>();
        Builder b = new Builder(false, later::add);
        assertTrue(b.build(project, site, null).ok());
        assertEquals(List.of(), later, "the first build replaced nothing");
        String before = Files.readString(site.resolve("index.html"));
        Projects.edit(project.resolve("content/event.yaml"), "headline: Fire destroys", "headline: Fire guts");

        assertTrue(b.build(project, site, null).ok());

        assertTrue(Files.readString(site.resolve("index.html")).contains("Fire guts"));
        assertEquals(1, later.size());
        List<Path> old = beside(project, ".site.old-" + ProcessHandle.current().pid() + "-");
        assertEquals(1, old.size(), "the old site waits, hidden, for the cleanup");
        assertEquals(before, Files.readString(old.get(0).resolve("index.html")));
        later.get(0).run();
        assertEquals(List.of(), beside(project, ".site."));
    }

    private static List<Path> beside(Path project, String prefix) throws java.io.IOException {
        try (var files = Files.list(project)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList();
        }
    }

    @Test
    void aTemplateErrorNamesTheTemplateLineAndKeepsTheOldSite(@TempDir Path dir) throws Exception {
        Path project = Projects.copy(Projects.HARBOUR, dir.resolve("project"));
        Path site = project.resolve("site");
        assertTrue(builder.build(project, site, null).ok());
        Map<String, String> before = Projects.digest(site);
        Files.createDirectories(project.resolve("templates"));
        Files.writeString(project.resolve("templates/404.ftlh"), "<p>fine</p>\n<p>${noSuchValue}</p>\n");

        BuildResult r = new Builder().build(project, site, null);

        assertFalse(r.ok());
        Diagnostic d = r.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertEquals("templates/404.ftlh:2:6", d.pos().toString());
        assertTrue(d.message().contains("noSuchValue"), d.message());
        assertEquals(before, Projects.digest(site));
    }

    static String errors(BuildResult r) {
        return String.join("\n", r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::line).toList());
    }
}
