package dev.explainer.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.explainer.model.Diagnostic;
import dev.explainer.model.Diagnostics;
import dev.explainer.model.Pos;
import dev.explainer.model.Severity;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Parses YAML text into a {@link YNode} tree with positions. Syntax errors, duplicate keys, tabs and
 * aliases become diagnostics in plain words, with the offending line and a caret under the column,
 * never exceptions.
 */
public final class YamlReader {
    /** As large as the largest file ProjectFiles reads (an explainer of 10,000 sources has a 33 MB facts.yaml). */
    static final int MAX_CHARS = (int) ProjectFiles.MAX_BYTES;
    /** Deeper than any content file needs, shallow enough that no input can exhaust the stack. */
    static final int MAX_DEPTH = 50;
    /** Files this large are read in parts of about {@link #IN_PARTS_SIZE} characters, side by side. */
    static final int IN_PARTS_FROM = 2 << 20;
    static final int IN_PARTS_SIZE = 1 << 20;

    private final YAMLFactory factory;
    private final int inPartsFrom;
    private final int partSize;

    public YamlReader() {
        this(IN_PARTS_FROM, IN_PARTS_SIZE);
    }

    /** A reader that reads files of {@code inPartsFrom} characters or more in parts of about {@code partSize}. */
    YamlReader(int inPartsFrom, int partSize) {
        this.inPartsFrom = inPartsFrom;
        this.partSize = partSize;
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CHARS);
        options.setAllowDuplicateKeys(true); // we report duplicates ourselves, with both lines
        options.setNestingDepthLimit(MAX_DEPTH);
        factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                .build();
    }

    /** Thrown inside the reader to stop at a problem that makes the rest of the file meaningless. */
    private static final class Stop extends Exception {
        Stop() {
            super(null, null, false, false);
        }
    }

    /**
     * Reads one YAML document. Returns null, with an error added, when the text is empty, cannot be
     * parsed, or uses what content files must not (tabs for indentation, aliases, several documents).
     */
    public YNode read(String file, String text, Diagnostics out) {
        if (text.lines().allMatch(l -> l.isBlank() || l.stripLeading().startsWith("#"))) {
            out.error(new Pos(file, 1, 1), "the file is empty",
                    "write what this file holds, as docs/writing-content.md shows; a list with no entries yet is written []");
            return null;
        }
        if (tabs(file, text, out) || strayByteOrderMark(file, text, out)) return null;
        if (text.length() >= inPartsFrom) {
            YNode list = readInParts(file, text);
            if (list != null) return list;
        }
        try (JsonParser p = factory.createParser(text)) {
            if (p.nextToken() == null) {
                out.error(new Pos(file, 1, 1), "the file is empty",
                        "write what this file holds, as docs/writing-content.md shows; a list with no entries yet is written []");
                return null;
            }
            YNode root = node((YAMLParser) p, file, text, 0, new HashMap<>(), out);
            if (root instanceof YNode.YScalar s && (s.type() == YNode.YScalar.Type.NULL || s.text().isEmpty())) {
                out.error(new Pos(file, 1, 1), "the file is empty",
                        "write what this file holds, as docs/writing-content.md shows; a list with no entries yet is written []");
                return null;
            }
            if (p.nextToken() != null) {
                Pos at = pos(file, p.currentTokenLocation());
                out.add(new Diagnostic(Severity.ERROR, at, "a second YAML document in one file",
                        "a content file holds one document; remove the '---' line above this one and what follows, or merge them",
                        excerpt(text, at.line(), at.col())));
                return null;
            }
            return root;
        } catch (Stop e) {
            return null;
        } catch (JsonProcessingException e) {
            syntaxError(file, text, e, out);
            return null;
        } catch (IOException | RuntimeException e) {
            // SnakeYAML reports its size and depth limits as plain runtime exceptions.
            String m = firstLine(e.getMessage());
            String hint = m.contains("code points") ? "content files are limited to " + MAX_CHARS / 1024 / 1024 + " MB"
                    : m.toLowerCase(Locale.ROOT).contains("depth") ? "content is never nested more than " + MAX_DEPTH + " levels deep"
                    : "check the file is valid YAML";
            out.error(new Pos(file, 1, 1), "cannot read the file as YAML: " + m, hint);
            return null;
        }
    }

    /**
     * Reads a large top-level list in parts on every core (parsing is most of the time a large
     * explainer takes to load): each part starts at a line that opens a
     * top-level entry ("- " in the first column), which in a valid file can only be the start of an
     * entry. Returns null, to read the file whole, when the file is not such a list or when any part
     * has a problem: a split inside a quoted text, for one, leaves that part with an open quotation
     * mark. So every problem is reported by the whole-file reading, exactly as for a small file.
     */
    YNode readInParts(String file, String text) {
        List<int[]> parts = new ArrayList<>(); // {start offset, line offset}
        int line = 0, lastStart = 0, lastLine = 0;
        boolean seenEntry = false;
        for (int at = 0; at < text.length(); line++) {
            int end = text.indexOf('\n', at);
            if (end < 0) end = text.length();
            char c = at < end ? text.charAt(at) : '\n';
            if (c == '-' && (at + 1 == end || text.charAt(at + 1) == ' ' || text.charAt(at + 1) == '\r')) {
                if (!seenEntry) {
                    seenEntry = true;
                } else if (at - lastStart >= partSize) {
                    parts.add(new int[]{lastStart, lastLine});
                    lastStart = at;
                    lastLine = line;
                }
            } else if (c == '-' || c == '.' || c == '%' || (!seenEntry && c != '#' && c != ' ' && c != '\n' && c != '\r')) {
                return null; // a document marker, a directive, or something before the first entry: not a plain list
            }
            at = end + 1;
        }
        if (!seenEntry) return null;
        parts.add(new int[]{lastStart, lastLine});
        if (parts.size() < 2) return null;
        List<YNode> read = IntStream.range(0, parts.size()).parallel().mapToObj(i -> {
            int start = parts.get(i)[0];
            int end = i + 1 < parts.size() ? parts.get(i + 1)[0] : text.length();
            return part(file, text.substring(start, end), parts.get(i)[1]);
        }).toList();
        List<YNode> items = new ArrayList<>();
        for (YNode r : read) {
            if (!(r instanceof YNode.YList l)) return null;
            items.addAll(l.items());
        }
        return new YNode.YList(((YNode.YList) read.get(0)).pos(), List.copyOf(items));
    }

    /** One part of a large list, or null if it has any problem at all. */
    private YNode part(String file, String text, int lineOffset) {
        Diagnostics problems = new Diagnostics();
        try (JsonParser p = factory.createParser(text)) {
            if (p.nextToken() != JsonToken.START_ARRAY) return null;
            YNode list = node((YAMLParser) p, file, text, lineOffset, new HashMap<>(), problems);
            return p.nextToken() == null && problems.sorted().isEmpty() ? list : null;
        } catch (Stop | IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The node at the parser's current token. {@code keys} holds one copy of each key read so far:
     * a large file repeats a handful of keys hundreds of thousands of times, and a tree that keeps
     * one string per occurrence is a quarter larger, all of it copied by every collection.
     */
    private YNode node(YAMLParser p, String file, String text, int lineOffset, Map<String, String> keys, Diagnostics out)
            throws IOException, Stop {
        JsonToken t = p.currentToken();
        Pos pos = pos(file, p.currentTokenLocation(), lineOffset);
        if (p.isCurrentAlias() || p.getCurrentAnchor() != null) {
            // Jackson hands an alias over as its name, so "*x" would silently become the text "x".
            // Writers never need aliases, and refusing them also defuses "billion laughs" bombs.
            boolean alias = p.isCurrentAlias();
            String name = alias ? "*" + p.getText() : "&" + p.getCurrentAnchor();
            out.add(new Diagnostic(Severity.ERROR, pos,
                    "'" + name + "' is a YAML " + (alias ? "alias" : "anchor") + ", which content files do not use",
                    "write the value out in full; if '" + name.charAt(0) + "' is part of the text, put the whole value in quotes",
                    excerpt(text, pos.line(), pos.col())));
            throw new Stop();
        }
        switch (t) {
            case START_OBJECT -> {
                List<YNode.Entry> entries = new ArrayList<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = keys.computeIfAbsent(p.currentName(), k -> k);
                    Pos keyPos = pos(file, p.currentTokenLocation(), lineOffset);
                    p.nextToken();
                    YNode value = node(p, file, text, lineOffset, keys, out);
                    for (YNode.Entry e : entries) {
                        if (e.key().equals(key)) {
                            out.error(keyPos, "duplicate key '" + key + "': it is already set at line " + e.keyPos().line(),
                                    "keep one of the two; YAML would silently use only the last");
                        }
                    }
                    entries.add(new YNode.Entry(key, keyPos, value));
                }
                return new YNode.YMap(pos, List.copyOf(entries));
            }
            case START_ARRAY -> {
                List<YNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) items.add(node(p, file, text, lineOffset, keys, out));
                return new YNode.YList(pos, List.copyOf(items));
            }
            case VALUE_STRING -> {
                return new YNode.YScalar(pos, p.getText(), YNode.YScalar.Type.STRING);
            }
            case VALUE_NUMBER_INT -> {
                return new YNode.YScalar(pos, p.getBigIntegerValue().toString(), YNode.YScalar.Type.INTEGER);
            }
            case VALUE_NUMBER_FLOAT -> {
                return number(p, pos);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                // YAML also spells true "yes" or "on"; keep the meaning, not the spelling.
                return new YNode.YScalar(pos, String.valueOf(t == JsonToken.VALUE_TRUE), YNode.YScalar.Type.BOOLEAN);
            }
            case VALUE_NULL -> {
                return new YNode.YScalar(pos, "", YNode.YScalar.Type.NULL);
            }
            default -> {
                return new YNode.YScalar(pos, p.getText(), YNode.YScalar.Type.STRING);
            }
        }
    }

    /** A decimal, or ".inf" and ".nan" (which YAML calls numbers) kept as text for the schema to refuse. */
    private static YNode number(YAMLParser p, Pos pos) throws IOException {
        try {
            return new YNode.YScalar(pos, p.getDecimalValue().toPlainString(), YNode.YScalar.Type.DECIMAL);
        } catch (NumberFormatException | IOException e) {
            return new YNode.YScalar(pos, p.getText(), YNode.YScalar.Type.STRING);
        }
    }

    private static Pos pos(String file, JsonLocation loc) {
        return pos(file, loc, 0);
    }

    private static Pos pos(String file, JsonLocation loc, int lineOffset) {
        return new Pos(file, Math.max(loc.getLineNr(), 1) + lineOffset, Math.max(loc.getColumnNr(), 1));
    }

    /** Reports the first line indented with a tab (and how many more there are); true if there was one. */
    private static boolean tabs(String file, String text, Diagnostics out) {
        // Read in place, not split into lines: a large content file has hundreds of thousands.
        int first = 0, col = 0, count = 0, line = 1;
        for (int at = 0; at < text.length(); line++) {
            int j = at;
            while (j < text.length() && text.charAt(j) == ' ') j++;
            if (j < text.length() && text.charAt(j) == '\t' && count++ == 0) {
                first = line;
                col = j - at + 1;
            }
            at = nextLine(text, j);
        }
        if (count == 0) return false;
        String more = count == 1 ? "" : ", here and on " + (count - 1) + " more line" + (count == 2 ? "" : "s");
        out.add(new Diagnostic(Severity.ERROR, new Pos(file, first, col), "a tab is used for indentation" + more,
                "YAML indents with spaces only; replace each tab at the start of a line with spaces, which most editors can do for you",
                excerpt(text, first, col)));
        return true;
    }

    /** Where the line after the one {@code at} is in starts, as {@link String#lines()} splits them (\n, \r\n or \r). */
    private static int nextLine(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') return i + 1;
            if (c == '\r') return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
        }
        return text.length();
    }

    /**
     * Reports a byte-order mark after the start of the file (pasting two files together leaves one):
     * invisible in an editor, it breaks the line it sits on. True if there was one.
     */
    private static boolean strayByteOrderMark(String file, String text, Diagnostics out) {
        int at = text.indexOf('\uFEFF');
        if (at < 0) return false;
        int line = 1, col = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        out.add(new Diagnostic(Severity.ERROR, new Pos(file, line, col), "an invisible character (a byte-order mark) inside the file",
                "delete it: put the cursor at the start of the line and delete until the first visible character, then retype that",
                excerpt(text, line, col)));
        return true;
    }

    /** The offending line and a caret under the column, as compilers show them. */
    static List<String> excerpt(String text, int line, int col) {
        List<String> lines = text.lines().toList();
        if (line < 1 || line > lines.size()) return List.of();
        String l = lines.get(line - 1).replace('\t', ' ');
        String gutter = String.format(Locale.ROOT, "%5d | ", line);
        return List.of(gutter + l, " ".repeat(gutter.length() - 2) + "| " + " ".repeat(Math.max(col - 1, 0)) + "^");
    }

    // --- syntax errors in plain words -----------------------------------------------------------

    /** What went wrong, where to point, and what to do about it. */
    private record Explained(int line, int col, String message, String hint) {}

    private static void syntaxError(String file, String text, JsonProcessingException e, Diagnostics out) {
        Explained x;
        if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
            x = explain(m, text.lines().toList());
        } else {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? 1 : Math.max(loc.getLineNr(), 1);
            int col = loc == null ? 1 : Math.max(loc.getColumnNr(), 1);
            String raw = firstLine(e.getOriginalMessage());
            if (raw.toLowerCase(Locale.ROOT).contains("nesting depth")) {
                x = new Explained(line, col, "the content is nested too deeply", "content is never nested more than " + MAX_DEPTH + " levels deep");
            } else if (raw.startsWith("Expected a field name")) {
                x = new Explained(line, col, "a key that is not plain text", "write each key as a word followed by ':', e.g. title: ...");
            } else {
                x = new Explained(line, col, "YAML syntax error: " + raw, "check the line for a missing quote, colon or dash");
            }
        }
        out.add(new Diagnostic(Severity.ERROR, new Pos(file, x.line, x.col), x.message, x.hint, excerpt(text, x.line, x.col)));
    }

    private static Explained explain(MarkedYAMLException m, List<String> lines) {
        String problem = m.getProblem() == null ? "" : m.getProblem();
        String context = m.getContext() == null ? "" : m.getContext();
        Mark p = m.getProblemMark();
        Mark c = m.getContextMark();
        int pl = p.getLine() + 1, pc = p.getColumn() + 1;
        String line = pl <= lines.size() ? lines.get(pl - 1) : "";
        String before = line.substring(0, Math.min(Math.max(pc - 1, 0), line.length()));

        if (context.contains("quoted scalar") && c != null) {
            char q = c.getColumn() < lineOf(lines, c).length() ? lineOf(lines, c).charAt(c.getColumn()) : '"';
            return new Explained(c.getLine() + 1, c.getColumn() + 1, "a quotation mark (" + q + ") is not closed",
                    "end the text with a closing " + q + " on the same line, or remove the opening one");
        }
        if (context.contains("flow sequence") && c != null) {
            return new Explained(c.getLine() + 1, c.getColumn() + 1, "a list opened with '[' is not closed",
                    "close it with ']', or, if the text starts with '[', put the whole value in quotes");
        }
        if (context.contains("flow mapping") && c != null) {
            return new Explained(c.getLine() + 1, c.getColumn() + 1, "a mapping opened with '{' is not closed",
                    "close it with '}', or, if the text starts with '{', put the whole value in quotes");
        }
        if (context.contains("simple key") && c != null) {
            return new Explained(c.getLine() + 1, c.getColumn() + 1, "this line has no 'key:' but sits among keys",
                    "write it as 'key: value'; if it continues the text above, indent it further than that text's key");
        }
        if (problem.contains("mapping values are not allowed")) {
            if (before.contains(": ")) {
                int colon = line.indexOf(": ");
                String key = line.substring(0, colon).strip().replaceFirst("^- ", "");
                String value = line.substring(colon + 2).strip();
                String quoted = value.contains("\"") ? "'" + value.replace("'", "''") + "'" : "\"" + value + "\"";
                return new Explained(pl, pc, "a second ': ' on one line",
                        "text containing ': ' must be in quotes: " + key + ": " + quoted);
            }
            return new Explained(pl, pc, "this line is indented further than the key above it",
                    "YAML reads it as more of the value above; line up '" + before.strip() + ":' with the key above it");
        }
        if (problem.contains("found '<scalar>'") && before.stripTrailing().matches(".*[\"']")) {
            // A quote closed on a later line than it opened is, in content, a quote left open.
            int[] open = openingQuote(lines, pl - 1, before.stripTrailing().length() - 1);
            if (open != null && open[0] < pl - 1) {
                char q = lines.get(open[0]).charAt(open[1]);
                return new Explained(open[0] + 1, open[1] + 1, "a quotation mark (" + q + ") is not closed",
                        "end the text with a closing " + q + " on the same line, or remove the opening one");
            }
            return new Explained(pl, pc, "text continues after a closing quotation mark",
                    "a quoted value ends at its closing quote; to show \" inside, put the whole value in single quotes, "
                            + "and write an apostrophe inside single quotes as ''");
        }
        if (problem.contains("found '-'") || problem.contains("<block sequence start>")) {
            return new Explained(pl, pc, "a list item ('- ') where a key was expected",
                    "check this line's indentation: a list item sits under a key ending in ':', indented further than that key");
        }
        if (problem.contains("expected <block end>")) {
            return new Explained(pl, pc, "this line is not lined up with the lines above it",
                    "keys of one mapping start in the same column, and the keys of a list entry two spaces after its '-'");
        }
        if (problem.contains("found character") && problem.contains("TAB")) {
            return new Explained(pl, pc, "a tab where YAML expects spaces", "replace the tab with spaces");
        }
        if (problem.contains("cannot start any token") && pc - 1 < line.length()) {
            char ch = line.charAt(pc - 1);
            return new Explained(pl, pc, "a value cannot start with '" + ch + "'", "put the whole value in quotes");
        }
        return new Explained(pl, pc, "YAML syntax error: " + (context.isEmpty() ? "" : context + ": ") + problem,
                "check the line for a missing quote, colon or dash");
    }

    /**
     * Where the quoted value that closes at (line, col) opened: the previous quotation mark of the same
     * kind, skipping {@code \"} in double quotes and {@code ''} in single quotes. Null if none.
     */
    private static int[] openingQuote(List<String> lines, int line, int col) {
        if (line >= lines.size() || col < 0 || col >= lines.get(line).length()) return null;
        char q = lines.get(line).charAt(col);
        int l = line, c = col - 1;
        while (l >= 0) {
            String text = lines.get(l);
            for (; c >= 0; c--) {
                if (text.charAt(c) != q) continue;
                if (q == '"' && c > 0 && text.charAt(c - 1) == '\\') continue;
                if (q == '\'' && c > 0 && text.charAt(c - 1) == '\'') {
                    c--;
                    continue;
                }
                return new int[]{l, c};
            }
            if (--l >= 0) c = lines.get(l).length() - 1;
        }
        return null;
    }

    private static String lineOf(List<String> lines, Mark m) {
        return m.getLine() < lines.size() ? lines.get(m.getLine()) : "";
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
