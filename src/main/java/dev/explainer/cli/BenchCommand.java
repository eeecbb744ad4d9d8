package dev.explainer.cli;

import dev.explainer.bench.Bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code explainer bench}: times the generator against this project and synthetic ones.
 *
 * @param project       the explainer whose cold build and rebuild to time
 * @param jar           the runnable jar to time
 * @param work          where the corpora, sites and logs go
 * @param runs          runs of each cold build
 * @param mavenRuns     runs of the Maven build, 0 to skip it
 * @param syntheticRuns runs of each synthetic build (and of Hugo's, interleaved)
 * @param sizes         the synthetic explainers' numbers of sources
 * @param large         also build 10,000 sources
 * @param edits         edits timed in the warm rebuild, 0 to skip it
 * @param noHugo        do not run Hugo
 * @param markdown      where to write the table as Markdown too; null for nowhere
 */
record BenchCommand(Path project, Path jar, Path work, int runs, int mavenRuns, int syntheticRuns, List<Integer> sizes,
                    boolean large, int edits, boolean noHugo, Path markdown) implements Command {
    static final Option PROJECT = Option.value("-C", "--project", "DIR", ".",
            "The explainer whose cold build and rebuild to time. Default: the current folder.");
    static final Option JAR = Option.value(null, "--jar", "FILE", "target/explainer.jar",
            "The runnable jar to time. Default: target/explainer.jar.");
    static final Option WORK = Option.value(null, "--work", "DIR", "target/bench",
            "Where the synthetic corpora, the sites and the logs go. Default: target/bench.");
    static final Option RUNS = Option.value(null, "--runs", "N", "5", "Runs of each cold build. Default: 5.");
    static final Option MAVEN_RUNS = Option.value(null, "--maven-runs", "N", "3",
            "Runs of the Maven build (0 to skip it). Default: 3.");
    static final Option SYNTHETIC_RUNS = Option.value(null, "--synthetic-runs", "N", "3",
            "Runs of each synthetic build, interleaved with Hugo's (above 1,000 sources the one-JVM row runs once). Default: 3.");
    static final Option SIZES = Option.list("--sizes", "N", "10,1000",
            "The synthetic explainers' numbers of sources. Default: 10,1000.");
    static final Option LARGE = Option.flag(null, "--large", "Also build 10,000 sources (about three minutes more on two cores).");
    static final Option EDITS = Option.value(null, "--edits", "N", "20",
            "Edits timed in the warm rebuild (0 to skip it). Default: 20.");
    static final Option NO_HUGO = Option.flag(null, "--no-hugo", "Do not run Hugo even when it is on the PATH.");
    static final Option MARKDOWN = Option.value(null, "--markdown", "FILE", null, "Also write the table as Markdown to FILE.");
    static final Spec SPEC = new Spec("explainer bench",
            List.of("Times the generator and prints a table: cold builds of this project (java -jar, with a CDS archive,"
                    + " through Maven), the preview's rebuild after one edit, and synthetic explainers of 10 and 1,000 sources"
                    + " (10,000 with --large) beside Hugo on an equivalent site when hugo is on the PATH.",
                    "Needs the jar: mvn -q -DskipTests package. See docs/performance.md."),
            List.of(PROJECT, JAR, WORK, RUNS, MAVEN_RUNS, SYNTHETIC_RUNS, SIZES, LARGE, EDITS, NO_HUGO, MARKDOWN), null);

    static BenchCommand read(Args args) throws UsageException {
        return new BenchCommand(args.path(PROJECT), args.path(JAR), args.path(WORK), args.integer(RUNS),
                args.integer(MAVEN_RUNS), args.integer(SYNTHETIC_RUNS), args.integers(SIZES), args.flag(LARGE),
                args.integer(EDITS), args.flag(NO_HUGO), args.path(MARKDOWN));
    }

    @Override
    public int run(PrintWriter out, PrintWriter err) throws Exception {
        if (!Files.isRegularFile(jar)) {
            err.println("bench: there is no jar at " + jar + "; make it with: mvn -q -DskipTests package");
            return Main.USAGE;
        }
        if (!Files.isDirectory(project.resolve("content"))) {
            err.println("bench: " + project.toAbsolutePath().normalize() + " is not an explainer (no content/); point -C at one");
            return Main.USAGE;
        }
        List<Integer> all = new ArrayList<>(sizes);
        if (large && !all.contains(10_000)) all.add(10_000);
        Bench.Settings settings = new Bench.Settings(project.toAbsolutePath().normalize(), jar.toAbsolutePath().normalize(),
                work.toAbsolutePath().normalize(), runs, mavenRuns, syntheticRuns, all, edits, !noHugo);
        List<Bench.Row> rows = new Bench(settings, out).run();
        if (markdown != null) Files.writeString(markdown, Bench.markdown(rows));
        return Main.OK;
    }
}
