package dev.explainer.cli;

import dev.explainer.build.BuildResult;
import dev.explainer.build.Builder;

import java.io.PrintWriter;
import java.util.List;

/**
 * {@code explainer check}: every problem in the content, then a count; writes nothing.
 *
 * @param options the project and --quiet
 */
record CheckCommand(ProjectOptions options) implements Command {
    static final Spec SPEC = new Spec("explainer check",
            List.of("Validates the content (YAML, schemas, references, quotes, dates, ids) and prints every problem,"
                    + " sorted by file and line, then a count. Writes nothing.",
                    "Exit code: 0 no errors (warnings allowed), 1 errors in the content, 2 wrong usage."),
            List.of(ProjectOptions.QUIET, ProjectOptions.PROJECT), null);

    static CheckCommand read(Args args) throws UsageException {
        return new CheckCommand(ProjectOptions.read(args));
    }

    @Override
    public int run(PrintWriter out, PrintWriter err) {
        BuildResult r = new Builder().check(options.project(), TerminalProgress.on(err, options.quiet()));
        Report.diagnostics(r, err, options.quiet());
        out.println(Report.summary(r));
        return r.ok() ? Main.OK : Main.CONTENT_ERRORS;
    }
}
