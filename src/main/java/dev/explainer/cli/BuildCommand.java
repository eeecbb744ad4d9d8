package dev.explainer.cli;

import dev.explainer.build.BuildResult;
import dev.explainer.build.Builder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Checks the content, then builds the site. The previous site is replaced only when the build succeeds.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions options;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Where to write the site. Default: site/ in the project.")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The URL the site is published at, e.g. https://user.github.io/repo/ (overrides site.yaml).")
    String baseUrl;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path target = out != null ? out : options.project.resolve("site");
        BuildResult r = new Builder().build(options.project, target, baseUrl,
                TerminalProgress.on(spec.commandLine().getErr(), options.quiet));
        Report.diagnostics(r, spec.commandLine().getErr(), options.quiet);
        if (!r.ok()) {
            spec.commandLine().getErr().println("build failed: " + Report.counts(r) + "; " + target.normalize() + " is unchanged");
            return Main.CONTENT_ERRORS;
        }
        if (!options.quiet) {
            spec.commandLine().getOut().println(String.format(Locale.ROOT, "built %d pages into %s in %.2f s (%s)",
                    r.pages(), target.normalize(), r.millis() / 1000.0, Report.plural(r.warnings(), "warning")));
        }
        return Main.OK;
    }
}
