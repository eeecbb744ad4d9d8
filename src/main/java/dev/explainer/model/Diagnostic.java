package dev.explainer.model;

import java.util.List;

/**
 * One problem found in the content, printed the way compilers print them so editors can jump to it:
 * {@code content/people.yaml:14:5: error: unknown key 'rol' (did you mean 'role'?)}.
 *
 * @param hint    what to do about it, or empty
 * @param excerpt lines to show under the message (the offending source line and a caret), or empty
 */
public record Diagnostic(Severity severity, Pos pos, String message, String hint, List<String> excerpt)
        implements Comparable<Diagnostic> {

    public Diagnostic {
        hint = hint == null ? "" : hint;
        excerpt = List.copyOf(excerpt);
    }

    public static Diagnostic error(Pos pos, String message, String hint) {
        return new Diagnostic(Severity.ERROR, pos, message, hint, List.of());
    }

    public static Diagnostic warning(Pos pos, String message, String hint) {
        return new Diagnostic(Severity.WARNING, pos, message, hint, List.of());
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one-line form: {@code path:line:col: severity: message (hint)}. */
    public String line() {
        return pos + ": " + severity.label() + ": " + message + (hint.isEmpty() ? "" : " (" + hint + ")");
    }

    /** The one-line form followed by the excerpt, if any. */
    public String format() {
        if (excerpt.isEmpty()) return line();
        return line() + System.lineSeparator() + String.join(System.lineSeparator(), excerpt);
    }

    @Override
    public int compareTo(Diagnostic o) {
        int c = pos.compareTo(o.pos);
        return c != 0 ? c : message.compareTo(o.message);
    }
}
