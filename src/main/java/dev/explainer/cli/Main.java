package dev.explainer.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * {@code explainer build|serve|check|new|bench}: the entry point of the jar and of {@code mvn exec:java}.
 * The arguments are parsed by {@link Args} rather than a command-line library: the one used before
 * cost every cold start about 220 ms (170 classes compiled for Java 5, which take the slow verifier
 * and cannot go into a class-data sharing archive, and reflection over its annotations).
 */
public final class Main {
    /** Exit codes: 0 success, 1 problems in the content, 2 wrong usage. */
    public static final int OK = 0, CONTENT_ERRORS = 1, USAGE = 2;
    /** What {@code -V} and {@code --version} print. */
    static final String VERSION = "explainer 0.1.0";

    private static final Spec TOP = new Spec("explainer",
            List.of("Builds a sourced news explainer from YAML facts and article text."), List.of(),
            new Spec.Positional("[COMMAND]", null));

    /** A command the user can name, and how its arguments become the command. */
    private record Entry(Spec spec, Command.Reader reader) {
    }

    private static final List<Entry> COMMANDS = List.of(
            new Entry(BuildCommand.SPEC, BuildCommand::read),
            new Entry(ServeCommand.SPEC, ServeCommand::read),
            new Entry(CheckCommand.SPEC, CheckCommand::read),
            new Entry(NewCommand.SPEC, NewCommand::read),
            new Entry(BenchCommand.SPEC, BenchCommand::read));

    private Main() {
    }

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given writers, so tests can read what a user would see; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        try {
            return dispatch(out, err, args);
        } catch (Exception e) {
            // An unexpected failure is still one readable line, not a stack trace.
            err.println("explainer: internal error: " + e + " (please report this with the command you ran)");
            return CONTENT_ERRORS;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int dispatch(PrintWriter out, PrintWriter err, String[] args) throws Exception {
        if (args.length == 0) return wrongUsage(err, "name a command: build, serve, check or new", topUsage());
        String first = args[0];
        if (Spec.HELP.named(first)) {
            out.print(topUsage());
            return OK;
        }
        if (Spec.VERSION.named(first)) {
            out.println(VERSION);
            return OK;
        }
        Entry entry = COMMANDS.stream().filter(c -> c.spec().word().equals(first)).findFirst().orElse(null);
        if (entry == null) {
            return wrongUsage(err, first.startsWith("-") ? "Unknown option: '" + first + "'" : "Unknown command: '" + first + "'", topUsage());
        }
        Spec spec = entry.spec();
        Command command;
        try {
            if (Args.asks(Spec.HELP, args, 1)) return help(out, spec);
            if (Args.asks(Spec.VERSION, args, 1)) return version(out);
            Args parsed = Args.parse(spec, args, 1);
            if (parsed.flag(Spec.HELP)) return help(out, spec);
            if (parsed.flag(Spec.VERSION)) return version(out);
            command = entry.reader().read(parsed);
        } catch (UsageException e) {
            return wrongUsage(err, e.getMessage(), Help.usage(spec));
        }
        return command.run(out, err);
    }

    private static String topUsage() {
        return Help.usage(TOP) + Help.commands(COMMANDS.stream().map(Entry::spec).toList());
    }

    private static int help(PrintWriter out, Spec spec) {
        out.print(Help.usage(spec));
        return OK;
    }

    private static int version(PrintWriter out) {
        out.println(VERSION);
        return OK;
    }

    private static int wrongUsage(PrintWriter err, String message, String usage) {
        err.println(message);
        err.print(usage);
        return USAGE;
    }
}
