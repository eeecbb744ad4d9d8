package dev.explainer.model;

import java.util.ArrayList;
import java.util.List;

/** Collects problems as each stage finds them, so a writer sees all of them at once. */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();

    public void add(Diagnostic d) {
        all.add(d);
    }

    public void error(Pos pos, String message, String hint) {
        add(Diagnostic.error(pos, message, hint));
    }

    public void warning(Pos pos, String message, String hint) {
        add(Diagnostic.warning(pos, message, hint));
    }

    public void addAll(List<Diagnostic> ds) {
        all.addAll(ds);
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return all.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return all.size() - errorCount();
    }

    /** Every problem, sorted by file and line, duplicates removed. */
    public List<Diagnostic> sorted() {
        return all.stream().distinct().sorted().toList();
    }
}
