package dev.explainer.cli;

import dev.explainer.build.BuildResult;
import dev.explainer.build.Builder;
import dev.explainer.build.PhaseTimes;
import dev.explainer.build.Progress;
import dev.explainer.model.Diagnostics;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code explainer build}: checks the content, then builds the site.
 *
 * @param options the project and --quiet
 * @param out     where to write the site; null for site/ in the project
 * @param baseUrl the URL the site is published at; null for the one in site.yaml
 * @param timings whether to print how long each phase took
 */
record BuildCommand(ProjectOptions options, Path out, String baseUrl, boolean timings) implements Command {
    static final Option OUT = Option.value("-o", "--out", "DIR", null, "Where to write the site. Default: site/ in the project.");
    static final Option BASE_URL = Option.value(null, "--base-url", "URL", null,
            "The URL the site is published at, e.g. https://user.github.io/repo/ (overrides site.yaml).");
    static final Option TIMINGS = Option.flag(null, "--timings", "Print each phase's time, CPU, compiling and collecting.");
    /** How many problems a build prints before it only counts the rest; {@code check} prints them all. */
    static final Spec SPEC = new Spec("explainer build",
            List.of("Checks the content, then builds the site. The previous site is replaced only when the build succeeds.",
                    "Prints the first " + Diagnostics.SHOWN + " problems, sorted by file and line, and counts the rest; 'explainer check' prints every one."),
            List.of(ProjectOptions.QUIET, ProjectOptions.PROJECT, OUT, BASE_URL, TIMINGS), null);

    static BuildCommand read(Args args) throws UsageException {
        return new BuildCommand(ProjectOptions.read(args), args.path(OUT), args.string(BASE_URL), args.flag(TIMINGS));
    }

    @Override
    public int run(PrintWriter stdout, PrintWriter err) {
        Path target = out != null ? out : options.project().resolve("site");
        Progress progress = TerminalProgress.on(err, options.quiet());
        PhaseTimes phases = timings ? new PhaseTimes(progress, PhaseTimes::jvmUsage) : new PhaseTimes(progress);
        BuildResult r = new Builder().build(options.project(), target, baseUrl, phases);
        Report.diagnostics(r, err, options.quiet(), Diagnostics.SHOWN, "'explainer check" + projectArgument() + "' lists every one");
        if (timings) Report.timings(phases.phases(), err);
        if (!r.ok()) {
            err.println("build failed: " + Report.counts(r) + "; " + target.normalize() + " is unchanged");
            return Main.CONTENT_ERRORS;
        }
        if (!options.quiet()) {
            stdout.println(String.format(Locale.ROOT, "built %,d pages into %s in %.2f s (%s)",
                    r.pages(), target.normalize(), r.millis() / 1000.0, Diagnostics.count(r.warnings(), "warning")));
        }
        return Main.OK;
    }

    /** The {@code -C} to repeat in a command suggested to the writer, or nothing for the current folder. */
    private String projectArgument() {
        String dir = options.project().toString();
        return dir.equals(".") ? "" : " -C " + (dir.contains(" ") ? '"' + dir + '"' : dir);
    }
}
