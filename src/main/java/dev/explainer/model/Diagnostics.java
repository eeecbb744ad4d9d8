package dev.explainer.model;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects problems as each stage finds them, so a writer sees all of them at once. */
public final class Diagnostics {
    /** How many problems {@code build} and the preview print on a terminal before counting the rest. */
    public static final int SHOWN = 100;

    private final List<Diagnostic> all = new ArrayList<>();

    public void add(Diagnostic d) {
        all.add(d);
    }

    public void error(Pos pos, String message, String hint) {
        add(Diagnostic.error(pos, message, hint));
    }

    public void warning(Pos pos, String message, String hint) {
        add(Diagnostic.warning(pos, message, hint));
    }

    public void addAll(List<Diagnostic> ds) {
        all.addAll(ds);
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return all.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return all.size() - errorCount();
    }

    /** "1 error", "0 warnings", "10,000 errors": a count for the summary lines, grouped as the other counts there are. */
    public static String count(long n, String word) {
        return String.format(Locale.ROOT, "%,d %s%s", n, word, n == 1 ? "" : "s");
    }

    /**
     * Prints the first {@code shown} of {@code ds}, then one line counting the rest and saying where to
     * see them ({@code elsewhere}), as compilers stop at a hundred errors: one mistake made in every
     * source of a large explainer would otherwise scroll thousands of lines past the terminal, the
     * first of them, usually the one to fix, first out of sight.
     */
    public static void print(List<Diagnostic> ds, PrintWriter err, int shown, String elsewhere) {
        ds.stream().limit(shown).forEach(d -> err.println(d.format()));
        if (ds.size() > shown) {
            List<Diagnostic> rest = ds.subList(shown, ds.size());
            long errors = rest.stream().filter(Diagnostic::isError).count();
            err.println("... and " + count(rest.size(), "more problem") + " not shown ("
                    + count(errors, "error") + ", " + count(rest.size() - errors, "warning") + "); " + elsewhere);
        }
        err.flush();
    }

    /** Every problem, sorted by file and line, duplicates removed. */
    public List<Diagnostic> sorted() {
        return all.stream().distinct().sorted().toList();
    }
}
