package dev.explainer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** {@code explainer build|serve|check|new}: the entry point of the jar and of {@code mvn exec:java}. */
@Command(name = "explainer", mixinStandardHelpOptions = true, version = "explainer 0.1.0",
        description = "Builds a sourced news explainer from YAML facts and article text.",
        subcommands = {BuildCommand.class, ServeCommand.class, CheckCommand.class, NewCommand.class, BenchCommand.class})
public final class Main implements Runnable {
    /** Exit codes: 0 success, 1 problems in the content, 2 wrong usage. */
    public static final int OK = 0, CONTENT_ERRORS = 1, USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given writers, so tests can read what a user would see. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main()).setOut(out).setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // An unexpected failure is still one readable line, not a stack trace.
            cmd.getErr().println("explainer: internal error: " + e + " (please report this with the command you ran)");
            return CONTENT_ERRORS;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: build, serve, check or new");
    }
}
