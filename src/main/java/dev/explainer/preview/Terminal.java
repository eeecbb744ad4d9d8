package dev.explainer.preview;

import dev.explainer.build.BuildResult;
import dev.explainer.model.Diagnostic;
import dev.explainer.model.Diagnostics;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * What the preview tells the terminal: the address, then one line per build, the diagnostics of a
 * failed build (the first {@link Diagnostics#SHOWN}, as {@code build} prints; every tab shows them all),
 * and warnings whenever they change.
 */
final class Terminal {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean quiet;

    Terminal(PrintWriter out, PrintWriter err, boolean quiet) {
        this.out = out;
        this.err = err;
        this.quiet = quiet;
    }

    void serving(String url, String exposedHost) {
        if (exposedHost != null) {
            err.println("warning: serving on " + exposedHost + ", which is not loopback: anyone who can reach this machine can read "
                    + "the site and the files in content/, seeds/ and templates/ (leave out --host to serve on 127.0.0.1 only)");
        }
        out.println("serving " + url + " (Ctrl-C to stop)");
        out.flush();
    }

    /** @param siteOnDisk whether a site is there to serve, possibly from an earlier run */
    void built(PreviewState before, PreviewState after, boolean siteOnDisk) {
        BuildResult r = after.last();
        if (after.failed()) {
            Diagnostics.print(r.diagnostics(), err, Diagnostics.SHOWN, "the browser lists every one");
            err.println("build failed: " + Diagnostics.count(r.errors(), "error") + ", " + Diagnostics.count(r.warnings(), "warning")
                    + (siteOnDisk ? "; still serving the last good site, marked stale in the browser"
                    : "; the browser shows the errors until the build succeeds"));
            err.flush();
            return;
        }
        List<Diagnostic> previous = before.last() == null ? null : before.last().diagnostics();
        if (!quiet && !r.diagnostics().equals(previous)) {
            Diagnostics.print(r.diagnostics(), err, Diagnostics.SHOWN, "'explainer check' lists every one");
        }
        if (!quiet || before.failed()) {
            out.println(String.format(Locale.ROOT, "%s %,d pages in %s (%s)", before.failed() ? "fixed: built" : before.build() == 0 ? "built" : "rebuilt",
                    r.pages(), took(r.millis()), Diagnostics.count(r.warnings(), "warning")));
            out.flush();
        }
    }

    /** "52 ms", or from a second on "9.75 s" as {@code build} says it: a large explainer's builds take seconds. */
    static String took(long millis) {
        return millis < 1000 ? millis + " ms" : String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }

    void internalError(RuntimeException e) {
        err.println("explainer: internal error while building: " + e + " (still serving the last good site; "
                + "please report this with the file you saved)");
        err.flush();
    }

    void stopped() {
        if (!quiet) out.println("stopped");
        out.flush();
    }
}
