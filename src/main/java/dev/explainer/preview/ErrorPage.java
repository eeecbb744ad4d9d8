package dev.explainer.preview;

import dev.explainer.build.BuildResult;
import dev.explainer.model.Diagnostic;
import dev.explainer.model.Diagnostics;

import java.util.List;

/**
 * The page shown over every open tab when a rebuild fails: each diagnostic with its file, line and
 * column, message and hint, and the lines of the file around it, read from disk as they are now.
 */
final class ErrorPage {
    private static final int CONTEXT = 2;

    private final SourceFiles files;

    ErrorPage(SourceFiles files) {
        this.files = files;
    }

    String render(BuildResult r, long build) {
        StringBuilder body = new StringBuilder();
        List<Diagnostic> errors = r.diagnostics().stream().filter(Diagnostic::isError).toList();
        List<Diagnostic> warnings = r.diagnostics().stream().filter(d -> !d.isError()).toList();
        body.append("<main class=\"pv-errors\" data-build=\"").append(build).append("\">\n");
        body.append("<h1>Build failed: ").append(Diagnostics.count(errors.size(), "error")).append("</h1>\n");
        body.append("<p class=\"pv-stale-note\">Until this is fixed, the site you see is the <strong>last good build</strong>: it is "
                + "<strong>stale</strong> and does not show your latest edits. Fix the file and save; this panel goes away "
                + "by itself.</p>\n");
        for (Diagnostic d : errors) diagnostic(body, d);
        if (!warnings.isEmpty()) {
            body.append("<h2 class=\"pv-warnings-heading\">").append(Diagnostics.count(warnings.size(), "warning")).append("</h2>\n");
            for (Diagnostic d : warnings) diagnostic(body, d);
        }
        body.append("</main>");
        return Html.page("Build failed", "pv-error-page", body.toString(), null);
    }

    private void diagnostic(StringBuilder out, Diagnostic d) {
        String sev = d.severity().label();
        out.append("<section class=\"pv-diag pv-").append(sev).append("\">\n<h2><a href=\"")
                .append(Html.escape(Html.fileHref(d.pos().file(), d.pos().line()))).append("\" target=\"_blank\">")
                .append(Html.escape(d.pos().toString())).append("</a> <span class=\"pv-sev\">").append(sev).append("</span></h2>\n")
                .append("<p class=\"pv-msg\">").append(Html.escape(d.message())).append("</p>\n");
        if (!d.hint().isEmpty()) out.append("<p class=\"pv-hint\">").append(Html.escape(d.hint())).append("</p>\n");
        String excerpt = excerpt(d);
        if (!excerpt.isEmpty()) out.append("<pre class=\"pv-src\">").append(excerpt).append("</pre>\n");
        out.append("</section>\n");
    }

    /** The lines around the problem, the offending one marked and a caret under its column. */
    private String excerpt(Diagnostic d) {
        int line = d.pos().line();
        List<String> lines = line > 0 ? files.lines(d.pos().file()) : null;
        if (lines == null || line > lines.size()) {
            // Not a file we can show (a template from the jar, say): fall back to what the check kept.
            return Html.escape(String.join("\n", d.excerpt()));
        }
        StringBuilder out = new StringBuilder();
        int width = String.valueOf(Math.min(lines.size(), line + CONTEXT)).length();
        for (int n = Math.max(1, line - CONTEXT); n <= Math.min(lines.size(), line + CONTEXT); n++) {
            String number = String.format("%" + width + "d", n);
            String text = Html.escape(lines.get(n - 1));
            if (n == line) {
                out.append("<mark class=\"pv-line-bad\"><span class=\"pv-ln\">").append(number).append("</span> ").append(text).append("</mark>\n");
                if (d.pos().col() > 0) {
                    out.append("<span class=\"pv-caret\" aria-hidden=\"true\">").append(" ".repeat(width + d.pos().col())).append("^</span>\n");
                }
            } else {
                out.append("<span class=\"pv-ln\">").append(number).append("</span> ").append(text).append('\n');
            }
        }
        return out.toString();
    }
}
