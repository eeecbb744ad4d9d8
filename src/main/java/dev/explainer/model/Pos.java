package dev.explainer.model;

/**
 * Where a value was written: a path relative to the project root, and a 1-based line and column.
 * Line 0 means "the file as a whole" (for example a missing file).
 */
public record Pos(String file, int line, int col) implements Comparable<Pos> {

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
