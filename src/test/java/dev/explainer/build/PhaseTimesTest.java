package dev.explainer.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code build --timings}: each phase from its first update to the next phase's, every update passed on. */
class PhaseTimesTest {
    @Test
    void aPhaseLastsUntilTheNextBeginsAndTheLastUntilTheBuildEnds() throws InterruptedException {
        List<String> heard = new ArrayList<>();
        boolean[] finished = {false};
        PhaseTimes times = new PhaseTimes(new Progress() {
            @Override
            public void update(String phase, int done, int total, String unit) {
                heard.add(phase + " " + done);
            }

            @Override
            public void finish() {
                finished[0] = true;
            }
        });
        times.update("loading", 0, 0, "");
        Thread.sleep(30);
        times.update("rendering", 1, 3, "pages");
        times.update("rendering", 2, 3, "pages");
        Thread.sleep(20);
        assertEquals(List.of("loading"), times.phases().stream().map(PhaseTimes.Phase::name).toList(),
                "the current phase is listed only once it ends");
        times.update("loading", 0, 0, "");
        times.finish();

        List<PhaseTimes.Phase> phases = times.phases();
        assertEquals(List.of("loading", "rendering", "loading"), phases.stream().map(PhaseTimes.Phase::name).toList());
        assertTrue(phases.get(0).nanos() >= 30_000_000L, () -> "loading took at least the 30 ms slept: " + phases);
        assertTrue(phases.get(1).nanos() >= 20_000_000L, () -> "rendering took at least the 20 ms slept: " + phases);
        assertEquals(List.of("loading 0", "rendering 1", "rendering 2", "loading 0"), heard);
        assertTrue(finished[0], "finish is passed on");
    }

    @Test
    void eachPhaseGetsWhatTheMeterCountedFromItsStartToItsEnd() {
        long[] counter = {100};
        PhaseTimes times = new PhaseTimes(Progress.NONE, () -> new PhaseTimes.Usage(counter[0] * 1_000_000, counter[0] / 10, counter[0] / 100));
        counter[0] = 1_000; // before the first phase: not counted
        times.update("loading", 0, 0, "");
        counter[0] = 3_000;
        times.update("rendering", 1, 2, "pages");
        counter[0] = 3_500;
        times.update("rendering", 2, 2, "pages");
        counter[0] = 4_000;
        times.finish();
        List<PhaseTimes.Usage> used = times.phases().stream().map(PhaseTimes.Phase::usage).toList();
        assertEquals(List.of(new PhaseTimes.Usage(2_000_000_000L, 200, 20), new PhaseTimes.Usage(1_000_000_000L, 100, 10)), used);
    }

    @Test
    void withoutAMeterNothingButTheWallClockIsCounted() {
        PhaseTimes times = new PhaseTimes(Progress.NONE);
        times.update("loading", 0, 0, "");
        times.finish();
        assertEquals(PhaseTimes.Usage.NONE, times.phases().get(0).usage());
    }

    @Test
    void theJvmsOwnAccountsOnlyGrow() {
        PhaseTimes.Usage before = PhaseTimes.jvmUsage();
        long spin = 0;
        for (int i = 0; i < 50_000_000; i++) spin += i % 7;
        PhaseTimes.Usage after = PhaseTimes.jvmUsage();
        assertTrue(spin > 0);
        assertTrue(after.cpuNanos() > before.cpuNanos(), () -> "CPU time grew while spinning: " + before + " then " + after);
        assertTrue(after.compileMillis() >= before.compileMillis() && after.gcMillis() >= before.gcMillis(), () -> before + " then " + after);
    }

    @Test
    void aBuildReportsItsPhasesInOrder(@TempDir Path dir) {
        PhaseTimes times = new PhaseTimes(Progress.NONE);
        Path target = dir.resolve("site");
        BuildResult r = new Builder().build(Path.of("."), target, null, times);
        assertTrue(r.ok(), r::toString);
        List<String> names = times.phases().stream().map(PhaseTimes.Phase::name).toList();
        assertEquals(List.of("loading content", "parsing content", "validating content", "reading articles", "checking references",
                "checking quotes", "checking names", "checking excerpts and prose", "waiting for the templates", "planning pages",
                "rendering", "copying assets", "writing the site"), names);
    }
}
