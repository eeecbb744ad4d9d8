package dev.explainer.content;

import dev.explainer.model.Content;
import dev.explainer.model.Diagnostic;
import dev.explainer.model.Diagnostics;
import dev.explainer.testing.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Loading reads every file, reports every problem, and names a content file saved under a wrong name. */
class ContentLoaderTest {
    private static final Path BASELINE = Path.of("src/test/resources/broken/baseline");

    @TempDir
    Path dir;

    @Test
    void theBaselineLoadsWithNoProblems() throws IOException {
        Diagnostics out = new Diagnostics();
        Content c = load(Projects.copy(BASELINE, dir), out);
        assertNotNull(c);
        assertEquals(List.of(), lines(out));
        assertEquals(List.of("gazette", "coastline"), List.copyOf(c.articles().keySet()));
    }

    @Test
    void aContentFileUnderAWrongNameIsNamedOnce() throws IOException {
        Path p = Projects.copy(BASELINE, dir);
        Files.move(p.resolve("content/people.yaml"), p.resolve("content/people.yml"));
        Diagnostics out = new Diagnostics();
        assertNull(load(p, out));
        assertEquals(List.of("content/people.yaml:1:1: error: missing file: content/people.yaml (rename content/people.yml"
                + " to people.yaml)"), lines(out));
    }

    @Test
    void aYamlFileTheGeneratorDoesNotReadIsAWarning() throws IOException {
        Path p = Projects.copy(BASELINE, dir);
        Files.writeString(p.resolve("content/peple.yaml"), "[]\n");
        Files.writeString(p.resolve("content/facts.yml"), "[]\n");
        Diagnostics out = new Diagnostics();
        assertNotNull(load(p, out));
        assertEquals(List.of("content/facts.yml:1:1: warning: content/facts.yml is not a content file, so nothing in it is"
                        + " used (the generator reads content/facts.yaml; move what you need there and delete this file)",
                "content/peple.yaml:1:1: warning: content/peple.yaml is not a content file, so nothing in it is used (did you"
                        + " mean 'people.yaml'?)"), lines(out));
    }

    @Test
    void everyBrokenFileIsReportedNotJustTheFirst() throws IOException {
        Path p = Projects.copy(BASELINE, dir);
        Files.writeString(p.resolve("content/people.yaml"), "");
        Files.delete(p.resolve("content/numbers.yaml"));
        Projects.edit(p.resolve("content/event.yaml"), "date: 2024-03-02", "date: 2024-02-31");
        Diagnostics out = new Diagnostics();
        assertNull(load(p, out));
        assertEquals(List.of("content/event.yaml:3:7: error: '2024-02-31' in 'date' is not a real date (February 2024 has 29 days)",
                "content/numbers.yaml:1:1: error: missing file: content/numbers.yaml (every explainer has this file; write []"
                        + " in it if there is nothing to list yet)",
                "content/people.yaml:1:1: error: the file is empty (write what this file holds, as docs/writing-content.md"
                        + " shows; a list with no entries yet is written [])"), lines(out));
    }

    /** The preview keeps one loader: what it reuses of a file it read before must be what reading it again gives. */
    @Test
    void aLoaderKeptBetweenLoadsSeesEveryEditAndKeepsReportingWhatIsStillWrong() throws IOException {
        Path p = Projects.copy(BASELINE, dir);
        Schemas schemas = new Schemas();
        ContentLoader loader = new ContentLoader(() -> schemas, true);
        Projects.edit(p.resolve("content/event.yaml"), "date: 2024-03-02", "date: 2024-02-31");
        String error = "content/event.yaml:3:7: error: '2024-02-31' in 'date' is not a real date (February 2024 has 29 days)";
        for (int i = 0; i < 2; i++) {
            Diagnostics out = new Diagnostics();
            assertNull(loader.load(new ProjectFiles(p), out));
            assertEquals(List.of(error), lines(out), "load " + (i + 1));
        }
        Projects.edit(p.resolve("content/event.yaml"), "date: 2024-02-31", "date: 2024-03-02");
        Diagnostics fixed = new Diagnostics();
        Content c = loader.load(new ProjectFiles(p), fixed);
        assertEquals(List.of(), lines(fixed));
        String first = c.facts().get(0).text();
        Projects.edit(p.resolve("content/facts.yaml"), first, first + " Edited.");
        Path article = p.resolve("seeds").resolve(c.sources().get(0).file());
        Files.writeString(article, Files.readString(article) + "\nA new last paragraph.\n");
        Content edited = loader.load(new ProjectFiles(p), new Diagnostics());
        assertEquals(first + " Edited.", edited.facts().get(0).text());
        List<String> paragraphs = edited.articles().get(c.sources().get(0).id()).paragraphs();
        assertEquals("A new last paragraph.", paragraphs.get(paragraphs.size() - 1));
        assertEquals(c.people(), edited.people(), "an unchanged file reads the same");
    }

    @Test
    void workNestedInFilesReadSideBySideSpreadsOverEveryCore() {
        // A large file read in parts beside a small one: the parts must not all fall to the thread
        // that took the large file while the one that took the small file waits.
        int cores = Runtime.getRuntime().availableProcessors();
        Set<String> partThreads = ConcurrentHashMap.newKeySet();
        List<Integer> parts = IntStream.range(0, 8 * cores).boxed().toList();
        List<String> done = ContentLoader.parallel(List.of("large", "small"), true, file -> {
            if (file.equals("small")) {
                pause(20);
            } else {
                parts.parallelStream().forEach(part -> {
                    partThreads.add(Thread.currentThread().getName());
                    pause(10);
                });
            }
            return file;
        });
        assertEquals(List.of("large", "small"), done);
        assertEquals(cores, partThreads.size(), "threads that read parts: " + partThreads);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static Content load(Path project, Diagnostics out) throws IOException {
        return new ContentLoader(new Schemas()).load(new ProjectFiles(project), out);
    }

    private static List<String> lines(Diagnostics out) {
        return out.sorted().stream().map(Diagnostic::line).toList();
    }
}
