package dev.explainer.cli;

import dev.explainer.bench.Bench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Times the generator and prints a table: cold builds of this project (java -jar, with a CDS archive,"
                + " through Maven), the preview's rebuild after one edit, and synthetic explainers of 10 and 1,000 sources"
                + " (10,000 with --large) beside Hugo on an equivalent site when hugo is on the PATH.",
                "Needs the jar: mvn -q -DskipTests package. See docs/performance.md."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = {"-C", "--project"}, paramLabel = "DIR", defaultValue = ".",
            description = "The explainer whose cold build and rebuild to time. Default: the current folder.")
    Path project;

    @Option(names = "--jar", paramLabel = "FILE", defaultValue = "target/explainer.jar",
            description = "The runnable jar to time. Default: ${DEFAULT-VALUE}.")
    Path jar;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench",
            description = "Where the synthetic corpora, the sites and the logs go. Default: ${DEFAULT-VALUE}.")
    Path work;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "Runs of each cold build. Default: ${DEFAULT-VALUE}.")
    int runs;

    @Option(names = "--maven-runs", paramLabel = "N", defaultValue = "3",
            description = "Runs of the Maven build (0 to skip it). Default: ${DEFAULT-VALUE}.")
    int mavenRuns;

    @Option(names = "--synthetic-runs", paramLabel = "N", defaultValue = "3",
            description = "Runs of each synthetic build up to 1,000 sources (larger ones run once). Default: ${DEFAULT-VALUE}.")
    int syntheticRuns;

    @Option(names = "--sizes", paramLabel = "N", split = ",", defaultValue = "10,1000",
            description = "The synthetic explainers' numbers of sources. Default: ${DEFAULT-VALUE}.")
    List<Integer> sizes;

    @Option(names = "--large", description = "Also build 10,000 sources (a few minutes on two cores).")
    boolean large;

    @Option(names = "--edits", paramLabel = "N", defaultValue = "20",
            description = "Edits timed in the warm rebuild (0 to skip it). Default: ${DEFAULT-VALUE}.")
    int edits;

    @Option(names = "--no-hugo", description = "Do not run Hugo even when it is on the PATH.")
    boolean noHugo;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Also write the table as Markdown to FILE.")
    Path markdown;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(jar)) {
            spec.commandLine().getErr().println("bench: there is no jar at " + jar + "; make it with: mvn -q -DskipTests package");
            return Main.USAGE;
        }
        if (!Files.isDirectory(project.resolve("content"))) {
            spec.commandLine().getErr().println("bench: " + project.toAbsolutePath().normalize() + " is not an explainer (no content/); point -C at one");
            return Main.USAGE;
        }
        List<Integer> all = new ArrayList<>(sizes);
        if (large && !all.contains(10_000)) all.add(10_000);
        Bench.Settings settings = new Bench.Settings(project.toAbsolutePath().normalize(), jar.toAbsolutePath().normalize(),
                work.toAbsolutePath().normalize(), runs, mavenRuns, syntheticRuns, all, edits, !noHugo);
        List<Bench.Row> rows = new Bench(settings, spec.commandLine().getOut()).run();
        if (markdown != null) Files.writeString(markdown, Bench.markdown(rows));
        return Main.OK;
    }
}
