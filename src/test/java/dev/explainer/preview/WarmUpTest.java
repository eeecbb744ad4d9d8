package dev.explainer.preview;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview's practice builds: as many as asked, on the worker, in a folder of their own that is deleted. */
class WarmUpTest {
    private final ExecutorService worker = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    @Test
    void practisesAsOftenAsAskedThenDeletesItsFolder(@TempDir Path dir) throws Exception {
        Path project = Fixture.copyTo(dir.resolve("project"));
        WarmUp w = WarmUp.start(worker, project, 3, Duration.ofMinutes(1));
        assertEquals(3, w.finished().get(60, TimeUnit.SECONDS));
        assertNotNull(w.folder(), "it practised somewhere");
        assertFalse(Files.exists(w.folder()), "the practice folder is deleted: " + w.folder());
        assertFalse(Files.exists(project.resolve("site")), "the project's own site is not touched");
    }

    /** Practice that would go on for minutes, once its first build has begun. */
    private WarmUp practising(Path dir) throws InterruptedException {
        WarmUp w = WarmUp.start(worker, Fixture.copyTo(dir.resolve("project")), 10_000, Duration.ofMinutes(5));
        while (w.folder() == null) Thread.sleep(5);
        return w;
    }

    @Test
    void stopsAtTheFirstChange(@TempDir Path dir) throws Exception {
        WarmUp w = practising(dir);
        w.stop();
        int builds = w.finished().get(60, TimeUnit.SECONDS);
        assertTrue(builds < 10_000, "stopped early: " + builds);
        assertFalse(Files.exists(w.folder()));
    }

    @Test
    void stopsWhenItsTimeIsUp(@TempDir Path dir) throws Exception {
        Path project = Fixture.copyTo(dir.resolve("project"));
        WarmUp w = WarmUp.start(worker, project, 10_000, Duration.ZERO);
        assertEquals(0, w.finished().get(60, TimeUnit.SECONDS));
    }

    @Test
    void aSlowFirstBuildIsNotPractisedOn(@TempDir Path dir) throws Exception {
        Path project = Fixture.copyTo(dir.resolve("project"));
        WarmUp w = WarmUp.start(worker, project, WarmUp.MAX_FIRST_BUILD.plusMillis(1));
        assertEquals(0, w.finished().get(60, TimeUnit.SECONDS));
        assertEquals(null, w.folder());
    }

    @Test
    void aClosedWorkerLeavesNothingBehind(@TempDir Path dir) throws Exception {
        WarmUp w = practising(dir);
        worker.shutdown();
        assertTrue(worker.awaitTermination(60, TimeUnit.SECONDS));
        w.stop();
        assertTrue(w.finished().isDone(), "stopping with no worker tidies up at once");
        assertFalse(Files.exists(w.folder()));
    }
}
