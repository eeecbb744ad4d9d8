package dev.explainer.cli;

import java.io.PrintWriter;

/** A command with its arguments read and checked, ready to run. */
interface Command {
    /** Runs the command, printing to the given writers, and returns its exit code. */
    int run(PrintWriter out, PrintWriter err) throws Exception;

    /** Makes a command from its parsed arguments, or says why they are wrong usage. */
    @FunctionalInterface
    interface Reader {
        Command read(Args args) throws UsageException;
    }
}
