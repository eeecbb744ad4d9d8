package dev.explainer.preview;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Turns bursts of file changes into few builds. An editor's save is several events, and a script
 * or a checkout can make hundreds: each change pushes the next build back until the files have been
 * quiet for a moment, and builds run one at a time on the single worker thread, so no burst can
 * start more threads or overlapping builds. A change during a build schedules one more build after it.
 */
final class Rebuilder {
    private final ScheduledExecutorService worker;
    private final long quietNanos;
    private final Runnable build;
    private ScheduledFuture<?> pending;

    /** @param worker a single-threaded executor with remove-on-cancel, so cancelled builds do not pile up */
    Rebuilder(ScheduledExecutorService worker, Duration quiet, Runnable build) {
        this.worker = worker;
        this.quietNanos = quiet.toNanos();
        this.build = build;
    }

    /** Something changed: build once the files have been quiet for the quiet period. */
    synchronized void changed() {
        // A build already running is not interrupted (cancel(false)); the new one queues behind it.
        if (pending != null) pending.cancel(false);
        try {
            pending = worker.schedule(build, quietNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // Shutting down: a change now has nobody left to show it to.
        }
    }

    /** Builds now, on the worker, and waits for it (the first build, before serving). */
    void buildNow() throws InterruptedException {
        try {
            worker.submit(build).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the build failed unexpectedly", e.getCause());
        }
    }
}
