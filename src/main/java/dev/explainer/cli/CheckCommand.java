package dev.explainer.cli;

import dev.explainer.build.BuildResult;
import dev.explainer.build.Builder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validates the content (YAML, schemas, references, quotes) and prints every problem. Writes nothing.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BuildResult r = new Builder().check(options.project);
        Report.diagnostics(r, spec.commandLine().getErr(), options.quiet);
        spec.commandLine().getOut().println(Report.counts(r));
        return r.ok() ? Main.OK : Main.CONTENT_ERRORS;
    }
}
