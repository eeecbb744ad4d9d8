package dev.explainer.cli;

import dev.explainer.build.BuildResult;
import dev.explainer.model.Diagnostic;

import java.io.PrintWriter;

/** Prints diagnostics the way compilers do (warnings only when not quiet), then a one-line count. */
final class Report {
    private Report() {}

    static void diagnostics(BuildResult r, PrintWriter err, boolean quiet) {
        for (Diagnostic d : r.diagnostics()) {
            if (d.isError() || !quiet) err.println(d.format());
        }
        err.flush();
    }

    static String counts(BuildResult r) {
        return plural(r.errors(), "error") + ", " + plural(r.warnings(), "warning");
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

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
