package dev.explainer.build;

import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Measures how long each phase of a build took, for {@code build --timings}, and passes every
 * update on to the progress it wraps. A phase lasts from the first update naming it to the first
 * naming another; a phase named twice, apart, is listed twice. Given a meter, it also records what
 * the whole JVM spent meanwhile: on a machine with few cores the JIT compilers and the collector
 * take a large share of a build, and wall time alone cannot tell a phase that waits for them from
 * one that is slow itself.
 */
public final class PhaseTimes implements Progress {
    /** One phase: its name, how long it lasted, and what the JVM spent on all its threads meanwhile. */
    public record Phase(String name, long nanos, Usage usage) {}

    /**
     * CPU time of the whole process (every thread: the build's, the JIT compilers', the
     * collector's), the JIT compilers' time and the collector's, from some starting point; all zero
     * when not measured.
     */
    public record Usage(long cpuNanos, long compileMillis, long gcMillis) {
        public static final Usage NONE = new Usage(0, 0, 0);

        Usage minus(Usage earlier) {
            return new Usage(cpuNanos - earlier.cpuNanos, compileMillis - earlier.compileMillis, gcMillis - earlier.gcMillis);
        }

        public Usage plus(Usage other) {
            return new Usage(cpuNanos + other.cpuNanos, compileMillis + other.compileMillis, gcMillis + other.gcMillis);
        }
    }

    private final Progress next;
    private final Supplier<Usage> meter;
    private final List<Phase> phases = new ArrayList<>();
    // Read on every update from the rendering threads without a lock; changed only under one.
    private volatile String current;
    private long since;
    private Usage used;

    /** Times phases by the wall clock only. */
    public PhaseTimes(Progress next) {
        this(next, () -> Usage.NONE);
    }

    /** Times phases by the wall clock and reads {@code meter} at the start and end of each. */
    public PhaseTimes(Progress next, Supplier<Usage> meter) {
        this.next = next;
        this.meter = meter;
        // Read once now, so that whatever the first reading loads is not counted in a phase.
        this.used = meter.get();
    }

    @Override
    public void update(String phase, int done, int total, String unit) {
        if (!phase.equals(current)) begin(phase);
        next.update(phase, done, total, unit);
    }

    private synchronized void begin(String phase) {
        if (phase.equals(current)) return;
        end();
        current = phase;
    }

    private void end() {
        long now = System.nanoTime();
        Usage usage = meter.get();
        if (current != null) phases.add(new Phase(current, now - since, usage.minus(used)));
        since = now;
        used = usage;
    }

    @Override
    public void finish() {
        synchronized (this) {
            end();
            current = null;
        }
        next.finish();
    }

    /** The phases so far, in the order they began; the current one only once the build has finished. */
    public synchronized List<Phase> phases() {
        return List.copyOf(phases);
    }

    /**
     * The JVM's own accounts so far, from its management beans: the process's CPU time, the JIT
     * compilers' accumulated time, the collectors' accumulated time; zero for any it does not keep.
     */
    public static Usage jvmUsage() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        long cpu = os instanceof com.sun.management.OperatingSystemMXBean sun ? Math.max(0, sun.getProcessCpuTime()) : 0;
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long compile = jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
        long gc = 0;
        for (GarbageCollectorMXBean c : ManagementFactory.getGarbageCollectorMXBeans()) gc += Math.max(0, c.getCollectionTime());
        return new Usage(cpu, compile, gc);
    }
}
