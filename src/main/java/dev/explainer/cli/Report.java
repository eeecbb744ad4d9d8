package dev.explainer.cli;

import dev.explainer.build.BuildResult;
import dev.explainer.model.Diagnostic;

import java.io.PrintWriter;

/** Prints diagnostics the way compilers do, warnings only when not quiet, then a count. */
final class Report {
    private Report() {}

    static void diagnostics(BuildResult r, PrintWriter err, boolean quiet) {
        for (Diagnostic d : r.diagnostics()) {
            if (d.isError() || !quiet) err.println(d.format());
        }
    }

    static String counts(BuildResult r) {
        return plural(r.errors(), "error") + ", " + plural(r.warnings(), "warning");
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
