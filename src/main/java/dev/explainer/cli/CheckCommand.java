package dev.explainer.cli;

import dev.explainer.build.BuildResult;
import dev.explainer.build.Builder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validates the content (YAML, schemas, references, quotes, dates, ids) and prints every problem,"
                + " sorted by file and line, then a count. Writes nothing.",
                "Exit code: 0 no errors (warnings allowed), 1 errors in the content, 2 wrong usage."})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BuildResult r = new Builder().check(options.project);
        Report.diagnostics(r, spec.commandLine().getErr(), options.quiet);
        spec.commandLine().getOut().println(Report.summary(r));
        return r.ok() ? Main.OK : Main.CONTENT_ERRORS;
    }
}
