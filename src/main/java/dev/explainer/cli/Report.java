package dev.explainer.cli;

import dev.explainer.build.BuildResult;
import dev.explainer.build.PhaseTimes;
import dev.explainer.model.Diagnostics;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Prints diagnostics the way compilers do (warnings only when not quiet), then a one-line count;
 * and, for {@code build --timings}, the table of phases.
 */
final class Report {
    /**
     * Phases shorter than this get no figure for the cores they kept busy: the process's CPU time is
     * counted in clock ticks (10 ms on Linux), too coarse for them.
     */
    private static final long CORES_AFTER_NANOS = 100_000_000L;

    private Report() {}

    /** Every diagnostic; what {@code check} prints. */
    static void diagnostics(BuildResult r, PrintWriter err, boolean quiet) {
        diagnostics(r, err, quiet, Integer.MAX_VALUE, "");
    }

    /** The first {@code shown} diagnostics, then a count of the rest and {@code elsewhere}, where to see them. */
    static void diagnostics(BuildResult r, PrintWriter err, boolean quiet, int shown, String elsewhere) {
        Diagnostics.print(r.diagnostics().stream().filter(d -> d.isError() || !quiet).toList(), err, shown, elsewhere);
    }

    static String counts(BuildResult r) {
        return Diagnostics.count(r.errors(), "error") + ", " + Diagnostics.count(r.warnings(), "warning");
    }

    /**
     * The count, and, when some file could not be read at all, that the checks across files (references,
     * quotes, names) have not run yet, so a writer does not take the short list for the whole story.
     */
    static String summary(BuildResult r) {
        if (r.errors() > 0 && r.content() == null) {
            return counts(r) + " (references, quotes and names are checked once these are fixed)";
        }
        return counts(r);
    }

    /**
     * One line per phase, right-aligned so they read as columns: its time and its share of the whole,
     * then, when the JVM was measured, the CPU time of all its threads meanwhile (and how many cores
     * that kept busy), the JIT compilers' time and the collector's.
     */
    static void timings(List<PhaseTimes.Phase> phases, PrintWriter err) {
        long total = phases.stream().mapToLong(PhaseTimes.Phase::nanos).sum();
        boolean measured = phases.stream().anyMatch(p -> !p.usage().equals(PhaseTimes.Usage.NONE));
        int width = Math.max(5, phases.stream().mapToInt(p -> p.name().length()).max().orElse(0));
        if (measured) {
            err.println(String.format(Locale.ROOT, "%-" + width + "s %12s %7s %10s %6s %12s %12s", "phase", "wall", "share", "CPU", "cores",
                    "compiling", "collecting"));
        }
        PhaseTimes.Usage sum = PhaseTimes.Usage.NONE;
        for (PhaseTimes.Phase p : phases) {
            err.println(String.format(Locale.ROOT, "%-" + width + "s %9.1f ms %5.1f %%", p.name(), p.nanos() / 1e6,
                    total == 0 ? 0.0 : 100.0 * p.nanos() / total) + (measured ? usage(p.nanos(), p.usage()) : ""));
            sum = sum.plus(p.usage());
        }
        err.println(String.format(Locale.ROOT, "%-" + width + "s %9.1f ms", "total", total / 1e6) + (measured ? "        " + usage(total, sum) : ""));
        if (measured) err.println("(CPU counts every thread of the JVM, compilers and collector included; compiling is the JIT compilers' time.)");
        err.flush();
    }

    private static String usage(long wallNanos, PhaseTimes.Usage u) {
        String cores = wallNanos < CORES_AFTER_NANOS ? "-" : String.format(Locale.ROOT, "%.1f", (double) u.cpuNanos() / wallNanos);
        return String.format(Locale.ROOT, " %7d ms %6s %9d ms %9d ms", u.cpuNanos() / 1_000_000, cores, u.compileMillis(), u.gcMillis());
    }
}
