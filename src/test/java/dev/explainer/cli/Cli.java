package dev.explainer.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** Runs the command line as a user would, capturing what it prints. */
record Cli(int code, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Cli(code, out.toString(), err.toString());
    }

    /** The diagnostics printed, one line each, without the excerpt lines (which are indented). */
    List<String> diagnostics() {
        return err.lines().filter(l -> !l.isEmpty() && !Character.isWhitespace(l.charAt(0))).toList();
    }

    /** The last line printed to standard output. */
    String lastLine() {
        List<String> lines = out.lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    /** Nothing a writer sees may look like a Java stack trace. */
    Cli assertNoStackTrace() {
        String all = out + err;
        assertFalse(all.matches("(?s).*(\\tat |Exception|\\.java:\\d+\\)|Caused by:).*"), () -> "a stack trace or exception in:\n" + all);
        return this;
    }

    @Override
    public String toString() {
        return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
    }
}
