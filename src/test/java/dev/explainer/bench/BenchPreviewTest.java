package dev.explainer.bench;

import dev.explainer.preview.PreviewOptions;
import dev.explainer.preview.PreviewServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark times the preview by what it prints after a rebuild; this is the line it prints. */
class BenchPreviewTest {
    @Test
    void theBenchmarkReadsThePreviewsReportOfARebuild(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("synthetic");
        SyntheticExplainer.write(project, 3);
        StringWriter out = new StringWriter();
        PreviewOptions o = PreviewOptions.of(project, 0).withTarget(dir.resolve("site")).withVerbose(true);
        try (PreviewServer server = PreviewServer.start(o, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true))) {
            Path facts = project.resolve("content/facts.yaml");
            Files.writeString(facts, Bench.edit(Files.readString(facts), 1));
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            // The report is printed just after the build is counted.
            while (!out.toString().contains("rebuilt ") && System.nanoTime() < until) Thread.sleep(20);
            assertEquals(2, server.builds(), out::toString);
        }
        String rebuilt = out.toString().lines().filter(l -> l.startsWith("rebuilt ")).findFirst().orElseThrow(() -> new AssertionError(out));
        Matcher m = Bench.REBUILT.matcher(rebuilt);
        assertTrue(m.find(), rebuilt);
        String built = out.toString().lines().filter(l -> l.startsWith("built ")).findFirst().orElseThrow();
        assertTrue(built.startsWith("built " + m.group(1) + " pages in "), () -> "the same pages as the first build: " + built + " / " + rebuilt);
        assertTrue(Bench.rebuildSeconds(m) >= 0, rebuilt);
    }

    /** Pages with their thousands separator; times in milliseconds, or in seconds from a second on, as the preview prints them. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "rebuilt 16 pages in 22 ms (0 warnings)       | 16     | 0.022",
            "rebuilt 1,006 pages in 810 ms (0 warnings)   | 1,006  | 0.81",
            "rebuilt 10,006 pages in 9.75 s (0 warnings)  | 10,006 | 9.75",
    })
    void theBenchmarkReadsEveryFormOfTheReport(String line, String pages, double seconds) {
        Matcher m = Bench.REBUILT.matcher(line);
        assertTrue(m.find(), line);
        assertEquals(pages, m.group(1));
        assertEquals(seconds, Bench.rebuildSeconds(m), 1e-9);
    }
}
