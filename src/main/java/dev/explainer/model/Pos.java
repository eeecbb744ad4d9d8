package dev.explainer.model;

import java.util.Objects;

/**
 * Where a value was written: a path relative to the project root, and a 1-based line and column.
 * Line 0 means "the file as a whole" (for example a missing file).
 */
public record Pos(String file, int line, int col) implements Comparable<Pos> {
    // Written out rather than left to the record: the JDK links a record's own equals and hashCode
    // on their first call through java.lang.runtime.ObjectMethods, which spins some 30 classes,
    // 15-35 ms of a cold build (docs/performance.md, ninth round). RecordMethodsTest keeps these
    // in step with the components.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Pos x
            && Objects.equals(file, x.file)
            && line == x.line
            && col == x.col;
    }

    @Override
    public int hashCode() {
        // Objects.hash's value, without the array and the boxing it takes on every call.
        int h = 1;
        h = 31 * h + Objects.hashCode(file);
        h = 31 * h + line;
        h = 31 * h + col;
        return h;
    }

    public static Pos file(String file) {
        return new Pos(file, 0, 0);
    }

    @Override
    public int compareTo(Pos o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(col, o.col);
    }

    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line + ":" + col;
    }
}
