package dev.explainer.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.explainer.model.Diagnostic;
import dev.explainer.model.Diagnostics;
import dev.explainer.model.Pos;
import dev.explainer.model.Severity;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses YAML text into a {@link YNode} tree with positions. Syntax errors, duplicate keys and alias
 * bombs become diagnostics with the offending line and a caret under the column, never exceptions.
 */
public final class YamlReader {
    /** Content files are hand-written; anything bigger is a mistake, not content. */
    static final int MAX_CHARS = 8 * 1024 * 1024;
    /** Enough aliases for any honest file, far too few for a "billion laughs" bomb. */
    static final int MAX_ALIASES = 50;

    private final YAMLFactory factory;

    public YamlReader() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setCodePointLimit(MAX_CHARS);
        options.setAllowDuplicateKeys(true); // we report duplicates ourselves, with both positions
        options.setNestingDepthLimit(50);
        factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(50).build())
                .build();
    }

    /**
     * Reads one YAML document. Returns null (with diagnostics added) when the text cannot be parsed;
     * an empty document is an empty mapping's absence and returns null with an error too.
     */
    public YNode read(String file, String text, Diagnostics out) {
        if (text.isBlank() || text.lines().allMatch(l -> l.isBlank() || l.stripLeading().startsWith("#"))) {
            out.error(Pos.file(file), "the file is empty", "write the content this file should hold; see docs/writing-content.md");
            return null;
        }
        int tab = tabIndent(text);
        if (tab > 0) {
            out.add(new Diagnostic(Severity.ERROR, new Pos(file, tab, 1),
                    "a tab is used for indentation", "YAML indents with spaces only; replace the tab with spaces",
                    excerpt(text, tab, 1)));
            return null;
        }
        try (JsonParser p = factory.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                out.error(Pos.file(file), "the file is empty", "write the content this file should hold");
                return null;
            }
            return node(p, file, out);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? 0 : Math.max(loc.getLineNr(), 1);
            int col = loc == null ? 0 : Math.max(loc.getColumnNr(), 1);
            out.add(new Diagnostic(Severity.ERROR, new Pos(file, line, col), syntaxMessage(e.getOriginalMessage()),
                    syntaxHint(e.getOriginalMessage()), line == 0 ? List.of() : excerpt(text, line, col)));
            return null;
        } catch (IOException | RuntimeException e) {
            // SnakeYAML reports alias and size limits as plain runtime exceptions.
            String m = String.valueOf(e.getMessage());
            String hint = m.contains("aliases") ? "the file uses too many aliases (&name / *name); write the values out"
                    : m.contains("code points") ? "content files are limited to " + (MAX_CHARS / 1024 / 1024) + " MB"
                    : "check the file is valid YAML";
            out.error(Pos.file(file), "cannot read YAML: " + firstLine(m), hint);
            return null;
        }
    }

    private YNode node(JsonParser p, String file, Diagnostics out) throws IOException {
        JsonToken t = p.currentToken();
        Pos pos = pos(file, p.currentTokenLocation());
        switch (t) {
            case START_OBJECT -> {
                List<YNode.Entry> entries = new ArrayList<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Pos keyPos = pos(file, p.currentTokenLocation());
                    p.nextToken();
                    YNode value = node(p, file, out);
                    for (YNode.Entry e : entries) {
                        if (e.key().equals(key)) {
                            out.error(keyPos, "duplicate key '" + key + "'",
                                    "it is already set at line " + e.keyPos().line() + "; keep one");
                        }
                    }
                    entries.add(new YNode.Entry(key, keyPos, value));
                }
                return new YNode.YMap(pos, List.copyOf(entries));
            }
            case START_ARRAY -> {
                List<YNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) items.add(node(p, file, out));
                return new YNode.YList(pos, List.copyOf(items));
            }
            case VALUE_STRING -> {
                return new YNode.YScalar(pos, p.getText(), YNode.YScalar.Type.STRING);
            }
            case VALUE_NUMBER_INT -> {
                return new YNode.YScalar(pos, p.getBigIntegerValue().toString(), YNode.YScalar.Type.INTEGER);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new YNode.YScalar(pos, p.getDecimalValue().toPlainString(), YNode.YScalar.Type.DECIMAL);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new YNode.YScalar(pos, p.getText(), YNode.YScalar.Type.BOOLEAN);
            }
            case VALUE_NULL -> {
                return new YNode.YScalar(pos, "", YNode.YScalar.Type.NULL);
            }
            default -> {
                return new YNode.YScalar(pos, p.getText(), YNode.YScalar.Type.STRING);
            }
        }
    }

    private static Pos pos(String file, JsonLocation loc) {
        return new Pos(file, Math.max(loc.getLineNr(), 1), Math.max(loc.getColumnNr(), 1));
    }

    /** The line number (1-based) of the first line indented with a tab, or 0. */
    private static int tabIndent(String text) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            int j = 0;
            while (j < l.length() && l.charAt(j) == ' ') j++;
            if (j < l.length() && l.charAt(j) == '\t') return i + 1;
        }
        return 0;
    }

    /** The offending line and a caret under the column, as compilers show them. */
    static List<String> excerpt(String text, int line, int col) {
        List<String> lines = text.lines().toList();
        if (line < 1 || line > lines.size()) return List.of();
        String l = lines.get(line - 1).replace('\t', ' ');
        String gutter = String.format(Locale.ROOT, "%5d | ", line);
        return List.of(gutter + l, " ".repeat(gutter.length() - 2) + "| " + " ".repeat(Math.max(col - 1, 0)) + "^");
    }

    private static String syntaxMessage(String raw) {
        String m = firstLine(raw);
        if (m.contains("found unexpected end of stream") || m.contains("found unexpected end")) {
            return "YAML syntax error: a quoted text is not closed";
        }
        if (m.contains("mapping values are not allowed here")) {
            return "YAML syntax error: a ':' where a value was expected";
        }
        if (m.contains("expected <block end>") || m.contains("did not find expected")) {
            return "YAML syntax error: the indentation does not line up";
        }
        return "YAML syntax error: " + m;
    }

    private static String syntaxHint(String raw) {
        String m = firstLine(raw);
        if (m.contains("unexpected end")) return "close the quotation mark that opens this value";
        if (m.contains("mapping values are not allowed")) return "put text containing ': ' in quotes";
        if (m.contains("expected <block end>") || m.contains("did not find expected")) {
            return "indent items of the same list or mapping by the same number of spaces";
        }
        return "check the line for a missing quote, colon or dash";
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
