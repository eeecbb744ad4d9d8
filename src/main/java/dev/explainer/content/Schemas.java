package dev.explainer.content;

import dev.explainer.content.SchemaValidator.Failure;
import dev.explainer.model.Diagnostics;
import dev.explainer.model.Pos;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Validates content files against the JSON Schemas in {@code schema/} (the same files editors use)
 * and turns each failure into a diagnostic a writer can act on: the line of the bad value, what was
 * expected with an example, and the closest known key.
 */
public final class Schemas {
    /** The content files, each with the schema of the same name. */
    public static final List<String> KINDS = List.of("site", "sources", "event", "facts", "people", "numbers",
            "timeline", "context");
    public static final List<String> FILES = List.of("common.schema.json", "site.schema.json", "sources.schema.json",
            "event.schema.json", "facts.schema.json", "people.schema.json", "numbers.schema.json",
            "timeline.schema.json", "context.schema.json");

    private final Map<String, YNode.YMap> documents;
    private final SchemaValidator validator;
    /**
     * The first example given for each key anywhere in the schemas, for hints about a key whose rule
     * has none; written out only when a hint needs it, since writing one takes regular expressions
     * that a build without errors would otherwise compile and run at every start.
     */
    private final Map<String, YNode> examplesByKey = new HashMap<>();

    public Schemas() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String f : FILES) texts.put(f, text(f));
        documents = SchemaValidator.read(texts);
        for (String f : FILES) collectExamples(documents.get(f));
        validator = new SchemaValidator(documents);
    }

    private void collectExamples(YNode n) {
        if (n instanceof YNode.YMap m && m.get("properties") instanceof YNode.YMap properties) {
            for (YNode.Entry e : properties.entries()) {
                YNode example = firstExample(e.value() instanceof YNode.YMap rule ? rule : null);
                if (example != null) examplesByKey.putIfAbsent(e.key(), example);
            }
        }
        if (n instanceof YNode.YMap m) for (YNode.Entry e : m.entries()) collectExamples(e.value());
        if (n instanceof YNode.YList l) for (YNode item : l.items()) collectExamples(item);
    }

    /** The text of a schema file as shipped, for {@code new} to copy into a project. */
    public static String text(String file) {
        try (InputStream in = Schemas.class.getResourceAsStream("/schema/" + file)) {
            if (in == null) throw new IOException("the schema " + file + " is missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a diagnostic for every way {@code root} breaks the schema of {@code kind}. */
    public void validate(String kind, YNode root, Diagnostics out) {
        List<Failure> failures = new ArrayList<>(validator.validate(kind + ".schema.json", root));
        failures.sort(Comparator.comparing(Failure::location).thenComparing(Failure::keyword));
        // One mistake, one message: a value of the wrong form fails both its pattern and its format
        // (the pattern says more), and a misspelt key is also a missing one (the spelling says more).
        Set<String> patternFailed = new HashSet<>();
        Set<String> misspelt = new HashSet<>();
        for (Failure f : failures) {
            String at = f.location();
            if (f.keyword().equals("pattern")) patternFailed.add(at);
            if (f.keyword().equals("additionalProperties")) {
                for (String near : Suggest.closest(f.property(), knownKeys(f.rule()))) misspelt.add(at + "|" + near);
            }
        }
        for (Failure f : failures) {
            String at = f.location();
            if (f.keyword().equals("format") && patternFailed.contains(at)) continue;
            if (f.keyword().equals("required") && misspelt.contains(at + "|" + f.property())) continue;
            report(f, root, out);
        }
    }

    private void report(Failure f, YNode root, Diagnostics out) {
        List<Object> path = f.path();
        YNode at = locate(root, path);
        Pos pos = at == null ? root.pos() : at.pos();
        YNode.YMap rule = f.rule();
        String key = lastKey(path);
        boolean item = !path.isEmpty() && path.get(path.size() - 1) instanceof Integer;
        String where = key == null ? "" : " in '" + key + "'";
        String value = at instanceof YNode.YScalar s ? s.text() : "";
        switch (f.keyword()) {
            case "additionalProperties" -> {
                String unknown = f.property();
                Pos keyPos = pos;
                if (at instanceof YNode.YMap map) {
                    for (YNode.Entry e : map.entries()) if (e.key().equals(unknown)) keyPos = e.keyPos();
                }
                List<String> known = knownKeys(rule);
                out.error(keyPos, "unknown key '" + unknown + "'" + where,
                        Suggest.didYouMean(unknown, known, "the keys allowed here are: " + String.join(", ", known)));
            }
            case "required" -> {
                String missing = f.property();
                String e = exampleOf(resolve(map(map(rule, "properties"), missing)));
                if (e.isEmpty()) e = exampleForKey(missing);
                out.error(pos, "missing key '" + missing + "'" + where,
                        e.isEmpty() ? "add '" + missing + ":' to this entry" : "add it, e.g. " + missing + ": " + e);
            }
            case "type" -> typeError(at, pos, rule, key, item, where, value, path.isEmpty(), out);
            case "pattern" -> {
                String title = text(rule, "title", "value");
                if (value.isEmpty() && key != null) {
                    String e = example(rule, key);
                    out.error(pos, "'" + key + "' is empty", "write the " + title + " after '" + key + ":'" + (e.isEmpty() ? "" : ", e.g. " + key + ": " + e));
                    break;
                }
                String hint = describeWithExample(rule);
                if (title.equals("id") && !slug(value).isEmpty()) hint = "lower-case letters, digits and hyphens only, e.g. " + slug(value);
                out.error(pos, "'" + value + "'" + where + " is not a valid " + title, hint);
            }
            case "format" -> formatError(rule, pos, where, value, out);
            case "minItems" -> out.error(pos, (key == null ? "the list" : "'" + key + "'") + " is empty",
                    key == null ? "add at least one entry; see docs/writing-content.md"
                            : "add at least one, e.g. " + key + ": " + exampleOf(rule));
            case "minLength" -> {
                String e = example(rule, key);
                out.error(pos, (key == null ? "a value" : "'" + key + "'") + " is empty",
                        key == null ? "write the text" : "write the text after '" + key + ":'" + (e.isEmpty() ? "" : ", e.g. " + key + ": " + e));
            }
            case "maxLength" -> out.error(pos, "'" + value + "'" + where + " is " + value.codePointCount(0, value.length())
                    + " characters long", "keep it to " + text(rule, "maxLength", "") + " characters at most");
            case "minimum" -> out.error(pos, value + where + " is too small", "use at least " + text(rule, "minimum", ""));
            case "maximum" -> out.error(pos, value + where + " is too large", "use at most " + text(rule, "maximum", ""));
            default -> throw new IllegalStateException("no message for the schema keyword " + f.keyword());
        }
    }

    private static List<String> knownKeys(YNode.YMap rule) {
        List<String> known = new ArrayList<>();
        YNode.YMap properties = map(rule, "properties");
        if (properties != null) for (YNode.Entry e : properties.entries()) known.add(e.key());
        return known;
    }

    private void typeError(YNode at, Pos pos, YNode.YMap rule, String key, boolean item, String where, String value, boolean top,
                           Diagnostics out) {
        String type = text(rule, "type", "");
        String expected = kindOf(type);
        String example = example(rule, key);
        boolean nothing = at == null || at instanceof YNode.YScalar s && (s.type() == YNode.YScalar.Type.NULL || s.text().isEmpty());
        if (nothing && !top) {
            if (key == null || item) {
                out.error(pos, "an empty entry in the list" + where, "remove the lone '-', or write the entry after it");
            } else {
                out.error(pos, "'" + key + "' has no value",
                        "write " + expected + " after '" + key + ":'" + (example.isEmpty() ? "" : ", e.g. " + key + ": " + example));
            }
            return;
        }
        String found = nothing ? "nothing" : at.kind();
        String hint;
        if (top) {
            hint = type.equals("array") ? "this file is a list: start each entry with '- ', as docs/writing-content.md shows"
                    : "this file is a mapping of keys to values, as docs/writing-content.md shows";
        } else if (type.equals("string") && at instanceof YNode.YScalar) {
            hint = "put it in quotes: " + (key == null ? "" : key + ": ") + "\"" + value + "\"";
        } else if ((type.equals("number") || type.equals("integer")) && value.replace(",", "").matches("-?[0-9]+(\\.[0-9]+)?")) {
            hint = "write the number without quotes or commas: " + (key == null ? "" : key + ": ") + value.replace(",", "");
        } else if (type.equals("array") && at instanceof YNode.YScalar && !value.isBlank()) {
            hint = "write it as a list, in square brackets: " + (key == null ? "" : key + ": ") + "[" + value + "]";
        } else if (type.equals("object") && at instanceof YNode.YScalar && example.isEmpty()) {
            hint = "write the entry as 'key: value' lines, the first after its '- '; see docs/writing-content.md";
        } else if (!example.isEmpty() && item) {
            hint = "each entry" + where + " is written like " + example;
        } else if (!example.isEmpty()) {
            hint = "for example: " + (key == null ? "" : key + ": ") + example;
        } else {
            hint = "see docs/writing-content.md";
        }
        out.error(pos, "expected " + expected + ", found " + found + where, hint);
    }

    private static void formatError(YNode.YMap rule, Pos pos, String where, String value, Diagnostics out) {
        String format = text(rule, "format", "");
        String hint = describeWithExample(rule);
        if (format.equals(SchemaValidator.CALENDAR_DATE) && SchemaValidator.FULL_DATE.matcher(value).matches()) {
            YearMonth ym = YearMonth.of(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(5, 7)));
            hint = ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + ym.getYear() + " has "
                    + ym.lengthOfMonth() + " days";
            out.error(pos, "'" + value + "'" + where + " is not a real date", hint);
        } else {
            out.error(pos, "'" + value + "'" + where + " is not a real " + text(rule, "title", "value"), hint);
        }
    }

    /** The description of a rule as a hint (lower-cased at the start), with its first example unless it has one. */
    private static String describeWithExample(YNode.YMap rule) {
        String desc = text(rule, "description", "").replaceAll("\\.$", "");
        if (desc.length() > 1 && Character.isUpperCase(desc.charAt(0))
                && (Character.isLowerCase(desc.charAt(1)) || desc.charAt(1) == ' ')) {
            desc = Character.toLowerCase(desc.charAt(0)) + desc.substring(1);
        }
        String e = exampleOf(rule);
        if (desc.isEmpty()) return e.isEmpty() ? "see docs/writing-content.md" : "e.g. " + e;
        return e.isEmpty() || desc.contains("e.g.") ? desc : desc + "; e.g. " + e;
    }

    /** What a writer probably meant as an id: "Cause unknown" → "cause-unknown". */
    static String slug(String s) {
        String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** The last key of a path ("name" for $[3].name, "facts" for $.sections[0].facts[2]), or null at the top of a list. */
    private static String lastKey(List<Object> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i) instanceof String s) return s;
        }
        return null;
    }

    private static String kindOf(String type) {
        return switch (type) {
            case "string" -> "text";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            case "array" -> "a list";
            case "object" -> "a mapping of keys to values";
            default -> "another kind of value";
        };
    }

    /**
     * An example for a value: the rule's own, unless the rule is a shared building block (an id, a
     * date), whose example says less than one given for this key ("source: example-gazette").
     */
    private String example(YNode.YMap rule, String key) {
        String byKey = key == null ? "" : exampleForKey(key);
        boolean shared = false;
        YNode.YMap defs = map(documents.get("common.schema.json"), "$defs");
        if (defs != null) for (YNode.Entry def : defs.entries()) shared |= def.value() == rule;
        String own = exampleOf(rule);
        return (shared || own.isEmpty()) && !byKey.isEmpty() ? byKey : own;
    }

    /** The first example of a rule, written as YAML would show it, or empty. */
    private static String exampleOf(YNode.YMap rule) {
        YNode example = firstExample(rule);
        return example == null ? "" : yaml(example);
    }

    private static YNode firstExample(YNode.YMap rule) {
        if (rule == null || !(rule.get("examples") instanceof YNode.YList examples) || examples.items().isEmpty()) return null;
        return examples.items().get(0);
    }

    /** The first example given for {@code key} anywhere in the schemas, as YAML, or empty. */
    private String exampleForKey(String key) {
        YNode example = examplesByKey.get(key);
        return example == null ? "" : yaml(example);
    }

    /** A schema value in YAML's one-line form, as a writer would type it after a key. */
    static String yaml(YNode n) {
        return yaml(n, false);
    }

    private static String yaml(YNode n, boolean inFlow) {
        if (n instanceof YNode.YList list) {
            List<String> items = new ArrayList<>();
            for (YNode i : list.items()) items.add(yaml(i, true));
            return "[" + String.join(", ", items) + "]";
        }
        if (n instanceof YNode.YMap map) {
            List<String> items = new ArrayList<>();
            for (YNode.Entry e : map.entries()) items.add(e.key() + ": " + yaml(e.value(), true));
            return "{" + String.join(", ", items) + "}";
        }
        YNode.YScalar scalar = (YNode.YScalar) n;
        if (scalar.type() == YNode.YScalar.Type.STRING) {
            String s = scalar.text();
            // Plain (unquoted) unless YAML would read it as something else; in [..] and {..}, commas and brackets count too.
            boolean plain = s.matches("[A-Za-z0-9(][^\"]*") && !s.contains(": ") && !s.contains(" #") && !s.endsWith(":")
                    && !s.endsWith(" ") && !s.matches("-?[0-9]+(\\.[0-9]+)?") && !s.matches("(?i)true|false|yes|no|null|on|off|~")
                    && !(inFlow && s.matches(".*[,\\[\\]{}].*"));
            return plain ? s : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        return scalar.text();
    }

    /** Follows a $ref (local to common.schema.json, or into it) so hints can read descriptions and examples. */
    private YNode.YMap resolve(YNode.YMap node) {
        if (node == null || !(node.get("$ref") instanceof YNode.YScalar ref)) return node;
        if (node.get("examples") != null) return node;
        return validator.resolve("common.schema.json", ref.text()).schema();
    }

    private static YNode locate(YNode root, List<Object> path) {
        YNode n = root;
        for (int i = 0; i < path.size() && n != null; i++) {
            Object e = path.get(i);
            if (e instanceof Integer idx && n instanceof YNode.YList list) {
                n = idx < list.items().size() ? list.items().get(idx) : null;
            } else if (n instanceof YNode.YMap map) {
                n = map.get(String.valueOf(e));
            } else {
                n = null;
            }
        }
        return n;
    }

    private static YNode.YMap map(YNode.YMap m, String key) {
        return m != null && m.get(key) instanceof YNode.YMap v ? v : null;
    }

    private static String text(YNode.YMap m, String key, String otherwise) {
        return m != null && m.get(key) instanceof YNode.YScalar s ? s.text() : otherwise;
    }
}
