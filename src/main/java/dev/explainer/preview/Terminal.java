package dev.explainer.preview;

import dev.explainer.build.BuildResult;
import dev.explainer.model.Diagnostic;
import dev.explainer.model.Diagnostics;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * What the preview tells the terminal: the address, then one line per build, the diagnostics of a
 * failed build in full (the same ones every tab shows), and warnings whenever they change.
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
            for (Diagnostic d : r.diagnostics()) err.println(d.format());
            err.println("build failed: " + Diagnostics.count(r.errors(), "error") + ", " + Diagnostics.count(r.warnings(), "warning")
                    + (siteOnDisk ? "; still serving the last good site, marked stale in the browser"
                    : "; the browser shows the errors until the build succeeds"));
            err.flush();
            return;
        }
        List<Diagnostic> previous = before.last() == null ? null : before.last().diagnostics();
        if (!quiet && !r.diagnostics().equals(previous)) {
            for (Diagnostic d : r.diagnostics()) err.println(d.format());
            err.flush();
        }
        if (!quiet || before.failed()) {
            out.println(String.format(Locale.ROOT, "%s %,d pages in %d ms (%s)", before.failed() ? "fixed: built" : before.build() == 0 ? "built" : "rebuilt",
                    r.pages(), r.millis(), Diagnostics.count(r.warnings(), "warning")));
            out.flush();
        }
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
