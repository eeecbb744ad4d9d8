package dev.explainer.build;

import java.util.ArrayList;
import java.util.List;

/**
 * Measures how long each phase of a build took, for {@code build --timings}, and passes every
 * update on to the progress it wraps. A phase lasts from the first update naming it to the first
 * naming another; a phase named twice, apart, is listed twice.
 */
public final class PhaseTimes implements Progress {
    /** One phase: its name and how long it lasted. */
    public record Phase(String name, long nanos) {}

    private final Progress next;
    private final List<Phase> phases = new ArrayList<>();
    // Read on every update from the rendering threads without a lock; changed only under one.
    private volatile String current;
    private long since;

    public PhaseTimes(Progress next) {
        this.next = next;
    }

    @Override
    public void update(String phase, int done, int total, String unit) {
        if (!phase.equals(current)) begin(phase);
        next.update(phase, done, total, unit);
    }

    private synchronized void begin(String phase) {
        if (phase.equals(current)) return;
        long now = System.nanoTime();
        if (current != null) phases.add(new Phase(current, now - since));
        current = phase;
        since = now;
    }

    @Override
    public void finish() {
        synchronized (this) {
            if (current != null) phases.add(new Phase(current, System.nanoTime() - since));
            current = null;
        }
        next.finish();
    }

    /** The phases so far, in the order they began; the current one only once the build has finished. */
    public synchronized List<Phase> phases() {
        return List.copyOf(phases);
    }
}
