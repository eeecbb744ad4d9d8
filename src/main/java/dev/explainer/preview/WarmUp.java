package dev.explainer.preview;

import dev.explainer.build.Builder;
import dev.explainer.output.SiteWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Practice builds after the preview's first, so that the writer's first edits rebuild as fast as
 * the hundredth. The JVM runs code slowly until its compilers have seen it run often: served
 * through the jar, the shipped explainer's first rebuilds after an edit took 140–190 ms and its
 * fifteenth 50 ms.
 *
 * <p>Each practice build is one task on the preview's build thread, so a real rebuild never
 * overlaps one, and the first change to the project stops them (the writer's own rebuilds then warm
 * the JVM). They use a builder of their own, which keeps nothing and so parses every file as an
 * edit would, and build into a temporary folder that is deleted when they stop. An explainer whose
 * first build took longer than {@link #MAX_FIRST_BUILD} is not practised on: one build of it runs
 * long enough to warm the JVM, and practice would hold a core for many seconds.
 */
final class WarmUp {
    /** At most this many practice builds. */
    static final int BUILDS = 30;
    /** And for at most this long. */
    static final Duration BUDGET = Duration.ofSeconds(3);
    /** A first build slower than this has warmed the JVM by itself. */
    static final Duration MAX_FIRST_BUILD = Duration.ofSeconds(2);

    private final Executor worker;
    private final Path project;
    private final int builds;
    private final long deadline;
    private final CompletableFuture<Integer> finished = new CompletableFuture<>();
    private volatile boolean stopped;
    private Builder builder;
    private Path folder;
    private int done;

    private WarmUp(Executor worker, Path project, int builds, Duration budget) {
        this.worker = worker;
        this.project = project;
        this.builds = builds;
        this.deadline = System.nanoTime() + budget.toNanos();
    }

    /**
     * Starts practising on {@code project} on {@code worker} (a single thread, the one real builds
     * run on), unless its first build took {@code firstBuild} or longer than {@link #MAX_FIRST_BUILD}.
     */
    static WarmUp start(Executor worker, Path project, Duration firstBuild) {
        return start(worker, project, firstBuild.compareTo(MAX_FIRST_BUILD) > 0 ? 0 : BUILDS, BUDGET);
    }

    static WarmUp start(Executor worker, Path project, int builds, Duration budget) {
        WarmUp w = new WarmUp(worker, project, builds, budget);
        w.next();
        return w;
    }

    /** Stops after the practice build running now, if any; safe to call at any time, and twice. */
    void stop() {
        stopped = true;
        // The worker may already be gone (the preview is closing): then no step will tidy up.
        if (!finished.isDone()) {
            try {
                worker.execute(this::step);
            } catch (RejectedExecutionException e) {
                finish();
            }
        }
    }

    /** The temporary folder practised in, null before the first practice build. */
    synchronized Path folder() {
        return folder;
    }

    /** Completes with the number of practice builds once they have stopped and their folder is gone. */
    CompletableFuture<Integer> finished() {
        return finished;
    }

    private void next() {
        try {
            worker.execute(this::step);
        } catch (RejectedExecutionException e) {
            finish();
        }
    }

    private void step() {
        if (finished.isDone()) return;
        if (stopped || done >= builds || System.nanoTime() > deadline) {
            finish();
            return;
        }
        try {
            if (builder == null) {
                builder = new Builder();
                Path f = Files.createTempDirectory("explainer-practice-");
                synchronized (this) {
                    folder = f;
                }
            }
            builder.build(project, folder.resolve("site"), null);
            done++;
        } catch (IOException | RuntimeException e) {
            // Practice is only ever an optimisation: whatever goes wrong, the preview carries on without it.
            finish();
            return;
        }
        next();
    }

    private synchronized void finish() {
        if (finished.isDone()) return;
        try {
            if (folder != null) SiteWriter.delete(folder);
        } catch (IOException e) {
            // A temporary folder left behind; the system's temporary files are cleaned eventually.
        }
        builder = null;
        finished.complete(done);
    }
}
