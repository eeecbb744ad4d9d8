package dev.explainer.preview;

import dev.explainer.build.BuildResult;
import dev.explainer.model.Diagnostic;
import dev.explainer.model.Pos;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the preview prints after a build: the problems of a large explainer capped as {@code build} caps them, and times as it says them. */
class TerminalTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Terminal terminal = new Terminal(new PrintWriter(out, true), new PrintWriter(err, true), false);

    private static List<Diagnostic> problems(int errors, int warnings) {
        List<Diagnostic> ds = new ArrayList<>();
        IntStream.rangeClosed(1, errors).forEach(i -> ds.add(Diagnostic.error(new Pos("content/facts.yaml", i, 3), "error number " + i, null)));
        IntStream.rangeClosed(1, warnings).forEach(i -> ds.add(Diagnostic.warning(new Pos("content/people.yaml", i, 3), "warning number " + i, null)));
        return ds;
    }

    private static BuildResult result(List<Diagnostic> ds, int pages, long millis) {
        return new BuildResult(ds, null, null, Map.of(), pages, millis);
    }

    @Test
    void aFailedBuildPrintsTheFirstHundredProblemsAndCountsTheRest() {
        PreviewState after = PreviewState.NONE.next(result(problems(140, 10), 0, 80));
        terminal.built(PreviewState.NONE, after, false);
        List<String> lines = err.toString().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.contains("error number 100")), err::toString);
        assertTrue(lines.stream().noneMatch(l -> l.contains("error number 101")), err::toString);
        assertTrue(lines.contains("... and 50 more problems not shown (40 errors, 10 warnings); the browser lists every one"), err::toString);
        assertTrue(lines.get(lines.size() - 1).startsWith("build failed: 140 errors, 10 warnings"), err::toString);
    }

    @Test
    void aFewProblemsArePrintedInFull() {
        PreviewState after = PreviewState.NONE.next(result(problems(3, 0), 0, 80));
        terminal.built(PreviewState.NONE, after, false);
        assertTrue(err.toString().contains("error number 3"), err::toString);
        assertFalse(err.toString().contains("not shown"), err::toString);
    }

    @Test
    void warningsOfAGoodBuildAreCappedToo() {
        PreviewState after = PreviewState.NONE.next(result(problems(0, 250), 7, 80));
        terminal.built(PreviewState.NONE, after, false);
        assertTrue(err.toString().contains("... and 150 more problems not shown (0 errors, 150 warnings); 'explainer check' lists every one"), err::toString);
        assertEquals("built 7 pages in 80 ms (250 warnings)", out.toString().strip());
    }

    @Test
    void aBuildOfASecondOrMoreIsReportedInSeconds() {
        assertEquals("999 ms", Terminal.took(999));
        assertEquals("1.00 s", Terminal.took(1000));
        assertEquals("9.75 s", Terminal.took(9753));
        PreviewState first = PreviewState.NONE.next(result(List.of(), 10_006, 9753));
        terminal.built(PreviewState.NONE, first, false);
        assertEquals("built 10,006 pages in 9.75 s (0 warnings)", out.toString().strip());
    }
}
