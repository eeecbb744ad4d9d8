package dev.explainer.cli;

import dev.explainer.build.Progress;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Shows a long build's progress on one line of the terminal, rewritten in place
 * ({@code rendering 4,210/30,000 pages}): only once the build has run for a second, so quick builds
 * print nothing extra, and cleared when the build ends. Builds whose output is not a terminal, or
 * that were asked to be quiet, get {@link Progress#NONE}.
 */
final class TerminalProgress implements Progress {
    private static final long DELAY_MILLIS = 1000;
    private static final long EVERY_MILLIS = 200;

    private record State(String phase, int done, int total, String unit) {
        String line() {
            return total > 0 ? String.format(Locale.ROOT, "%s %,d/%,d %s", phase, done, total, unit) : phase + "...";
        }
    }

    private final PrintWriter err;
    /** Where the build is; null until it first says. */
    private final AtomicReference<State> state = new AtomicReference<>();
    private final ScheduledExecutorService clock;
    private String shown = "";
    private boolean finished;

    private TerminalProgress(PrintWriter err) {
        this(err, DELAY_MILLIS, EVERY_MILLIS);
    }

    /** Draws on {@code err} from {@code delayMillis} after now, every {@code everyMillis}. */
    TerminalProgress(PrintWriter err, long delayMillis, long everyMillis) {
        this.err = err;
        // Pages finish on several threads at once; they only record where they are, and this one
        // clock thread draws it a few times a second.
        clock = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "explainer-progress");
            t.setDaemon(true);
            return t;
        });
        clock.scheduleAtFixedRate(this::draw, delayMillis, everyMillis, TimeUnit.MILLISECONDS);
    }

    /** Progress on {@code err} when it is shown on a terminal and the user did not ask for quiet; else none. */
    static Progress on(PrintWriter err, boolean quiet) {
        return quiet || System.console() == null ? Progress.NONE : new TerminalProgress(err);
    }

    @Override
    public void update(String phase, int done, int total, String unit) {
        state.set(new State(phase, done, total, unit));
    }

    private synchronized void draw() {
        State now = state.get();
        if (finished || now == null) return;
        String line = now.line();
        if (line.equals(shown)) return;
        // '\r' returns to the start of the line; spaces cover what was longer before.
        err.print("\r" + line + " ".repeat(Math.max(0, shown.length() - line.length())));
        err.flush();
        shown = line;
    }

    @Override
    public synchronized void finish() {
        finished = true;
        clock.shutdownNow();
        if (!shown.isEmpty()) {
            err.print("\r" + " ".repeat(shown.length()) + "\r");
            err.flush();
            shown = "";
        }
    }
}
