package dev.explainer.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Format;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.explainer.model.Diagnostics;
import dev.explainer.model.Pos;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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
    /** The schemas' own format for dates: the pattern checks the form, this the calendar (no 30 February). */
    static final String CALENDAR_DATE = "calendar-date";

    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Map<String, JsonSchema> schemas = new HashMap<>();
    private final Map<String, JsonNode> documents = new HashMap<>();
    /** The first example given for each key anywhere in the schemas, for hints about a key whose rule has none. */
    private final Map<String, String> examplesByKey = new HashMap<>();

    public Schemas() {
        ObjectMapper json = new ObjectMapper();
        for (String f : FILES) documents.put(f, readTree(json, f));
        for (String f : FILES) collectExamples(documents.get(f));
        JsonMetaSchema meta = JsonMetaSchema.builder(JsonMetaSchema.getV202012()).format(new CalendarDate()).build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, b -> b.metaSchema(meta));
        // Formats are annotations in 2020-12 unless asserted; we want a bad date or time to be an error.
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        for (String kind : KINDS) {
            schemas.put(kind, factory.getSchema(SchemaLocation.of("classpath:schema/" + kind + ".schema.json"), config));
        }
    }

    private void collectExamples(JsonNode n) {
        if (n.has("properties")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.get("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String example = exampleOf(e.getValue());
                if (!example.isEmpty()) examplesByKey.putIfAbsent(e.getKey(), example);
            }
        }
        for (JsonNode child : n) if (child.isContainerNode()) collectExamples(child);
    }

    private static JsonNode readTree(ObjectMapper json, String file) {
        try (InputStream in = Schemas.class.getResourceAsStream("/schema/" + file)) {
            if (in == null) throw new IOException("not on the class path");
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the schema " + file + " is missing from the build", e);
        }
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
        List<ValidationMessage> messages = new ArrayList<>(schemas.get(kind).validate(toJson(root)));
        messages.sort(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                .thenComparing(ValidationMessage::getType));
        // One mistake, one message: a value of the wrong form fails both its pattern and its format
        // (the pattern says more), and a misspelt key is also a missing one (the spelling says more).
        Set<String> patternFailed = new HashSet<>();
        Set<String> misspelt = new HashSet<>();
        for (ValidationMessage m : messages) {
            String at = m.getInstanceLocation().toString();
            if (m.getType().equals("pattern")) patternFailed.add(at);
            if (m.getType().equals("additionalProperties")) {
                for (String near : Suggest.closest(m.getProperty(), knownKeys(schemaParent(m.getSchemaLocation())))) {
                    misspelt.add(at + "|" + near);
                }
            }
        }
        for (ValidationMessage m : messages) {
            String at = m.getInstanceLocation().toString();
            if (m.getType().equals("format") && patternFailed.contains(at)) continue;
            if (m.getType().equals("required") && misspelt.contains(at + "|" + m.getProperty())) continue;
            report(m, root, out);
        }
    }

    private void report(ValidationMessage m, YNode root, Diagnostics out) {
        JsonNodePath path = m.getInstanceLocation();
        YNode at = locate(root, path);
        Pos pos = at == null ? root.pos() : at.pos();
        JsonNode rule = schemaParent(m.getSchemaLocation());
        String key = lastKey(path);
        boolean item = path.getNameCount() > 0 && path.getElement(path.getNameCount() - 1) instanceof Integer;
        String where = key == null ? "" : " in '" + key + "'";
        String value = at instanceof YNode.YScalar s ? s.text() : "";
        switch (m.getType()) {
            case "additionalProperties" -> {
                String unknown = m.getProperty();
                Pos keyPos = pos;
                if (at instanceof YNode.YMap map) {
                    for (YNode.Entry e : map.entries()) if (e.key().equals(unknown)) keyPos = e.keyPos();
                }
                List<String> known = knownKeys(rule);
                out.error(keyPos, "unknown key '" + unknown + "'" + where,
                        Suggest.didYouMean(unknown, known, "the keys allowed here are: " + String.join(", ", known)));
            }
            case "required" -> {
                String missing = m.getProperty();
                String e = rule == null ? "" : exampleOf(resolve(rule.path("properties").path(missing)));
                if (e.isEmpty()) e = examplesByKey.getOrDefault(missing, "");
                out.error(pos, "missing key '" + missing + "'" + where,
                        e.isEmpty() ? "add '" + missing + ":' to this entry" : "add it, e.g. " + missing + ": " + e);
            }
            case "type" -> typeError(at, pos, rule, key, item, where, value, path.getNameCount() == 0, out);
            case "pattern" -> {
                String title = rule == null ? "value" : rule.path("title").asText("value");
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
                    + " characters long", "keep it to " + rule.path("maxLength").asInt() + " characters at most");
            case "minimum" -> out.error(pos, value + where + " is too small", "use at least " + rule.path("minimum").asText());
            case "maximum" -> out.error(pos, value + where + " is too large", "use at most " + rule.path("maximum").asText());
            default -> out.error(pos, m.getMessage().replaceFirst("^\\$[^:]*: ", ""), "see docs/writing-content.md");
        }
    }

    private static List<String> knownKeys(JsonNode rule) {
        List<String> known = new ArrayList<>();
        if (rule != null && rule.has("properties")) rule.get("properties").fieldNames().forEachRemaining(known::add);
        return known;
    }

    private void typeError(YNode at, Pos pos, JsonNode rule, String key, boolean item, String where, String value, boolean top,
                           Diagnostics out) {
        String type = rule == null ? "" : rule.path("type").asText();
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

    private static void formatError(JsonNode rule, Pos pos, String where, String value, Diagnostics out) {
        String format = rule == null ? "" : rule.path("format").asText();
        String hint = describeWithExample(rule);
        if (format.equals(CALENDAR_DATE) && FULL_DATE.matcher(value).matches()) {
            YearMonth ym = YearMonth.of(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(5, 7)));
            hint = ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + ym.getYear() + " has "
                    + ym.lengthOfMonth() + " days";
            out.error(pos, "'" + value + "'" + where + " is not a real date", hint);
        } else {
            out.error(pos, "'" + value + "'" + where + " is not a real " + rule.path("title").asText("value"), hint);
        }
    }

    /** The description of a rule as a hint (lower-cased at the start), with its first example unless it has one. */
    private static String describeWithExample(JsonNode rule) {
        String desc = rule == null ? "" : rule.path("description").asText("").replaceAll("\\.$", "");
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
    private static String lastKey(JsonNodePath path) {
        for (int i = path.getNameCount() - 1; i >= 0; i--) {
            if (path.getElement(i) instanceof String s) return s;
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
    private String example(JsonNode rule, String key) {
        String byKey = key == null ? "" : examplesByKey.getOrDefault(key, "");
        boolean shared = false;
        for (JsonNode def : documents.get("common.schema.json").path("$defs")) shared |= def == rule;
        String own = exampleOf(rule);
        return (shared || own.isEmpty()) && !byKey.isEmpty() ? byKey : own;
    }

    /** The first example of a rule, written as YAML would show it, or empty. */
    private static String exampleOf(JsonNode rule) {
        if (rule == null) return "";
        JsonNode ex = rule.path("examples").path(0);
        return ex.isMissingNode() ? "" : yaml(ex);
    }

    /** A JSON value in YAML's one-line form, as a writer would type it after a key. */
    static String yaml(JsonNode n) {
        return yaml(n, false);
    }

    private static String yaml(JsonNode n, boolean inFlow) {
        if (n.isArray()) {
            List<String> items = new ArrayList<>();
            n.forEach(i -> items.add(yaml(i, true)));
            return "[" + String.join(", ", items) + "]";
        }
        if (n.isObject()) {
            List<String> items = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                items.add(e.getKey() + ": " + yaml(e.getValue(), true));
            }
            return "{" + String.join(", ", items) + "}";
        }
        if (n.isTextual()) {
            String s = n.asText();
            // Plain (unquoted) unless YAML would read it as something else; in [..] and {..}, commas and brackets count too.
            boolean plain = s.matches("[A-Za-z0-9(][^\"]*") && !s.contains(": ") && !s.contains(" #") && !s.endsWith(":")
                    && !s.endsWith(" ") && !s.matches("-?[0-9]+(\\.[0-9]+)?") && !s.matches("(?i)true|false|yes|no|null|on|off|~")
                    && !(inFlow && s.matches(".*[,\\[\\]{}].*"));
            return plain ? s : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        return n.asText();
    }

    /** Follows a $ref (local to common.schema.json, or into it) so hints can read descriptions and examples. */
    private JsonNode resolve(JsonNode node) {
        if (node == null || !node.has("$ref")) return node;
        if (node.has("examples")) return node;
        String ref = node.get("$ref").asText();
        int hash = ref.indexOf('#');
        String doc = hash > 0 ? ref.substring(0, hash) : "common.schema.json";
        JsonNode target = documents.get(doc);
        return target == null ? node : target.at(ref.substring(hash + 1));
    }

    /** The schema object holding the keyword that failed (the keyword's parent). */
    private JsonNode schemaParent(SchemaLocation loc) {
        String iri = loc.getAbsoluteIri() == null ? "" : loc.getAbsoluteIri().toString();
        JsonNode doc = documents.get(iri.substring(iri.lastIndexOf('/') + 1));
        if (doc == null) return null;
        JsonNodePath fragment = loc.getFragment();
        JsonNode n = doc;
        for (int i = 0; i < fragment.getNameCount() - 1; i++) {
            Object e = fragment.getElement(i);
            n = e instanceof Integer idx ? n.path(idx) : n.path(String.valueOf(e));
        }
        return n.isMissingNode() ? null : n;
    }

    private static YNode locate(YNode root, JsonNodePath path) {
        YNode n = root;
        for (int i = 0; i < path.getNameCount() && n != null; i++) {
            Object e = path.getElement(i);
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

    static JsonNode toJson(YNode node) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (node instanceof YNode.YMap m) {
            ObjectNode o = f.objectNode();
            for (YNode.Entry e : m.entries()) o.set(e.key(), toJson(e.value()));
            return o;
        }
        if (node instanceof YNode.YList l) {
            ArrayNode a = f.arrayNode();
            for (YNode item : l.items()) a.add(toJson(item));
            return a;
        }
        YNode.YScalar s = (YNode.YScalar) node;
        return switch (s.type()) {
            case STRING -> f.textNode(s.text());
            case INTEGER -> f.numberNode(new BigInteger(s.text()));
            case DECIMAL -> f.numberNode(new BigDecimal(s.text()));
            case BOOLEAN -> f.booleanNode(Boolean.parseBoolean(s.text().toLowerCase(Locale.ROOT)));
            case NULL -> f.nullNode();
        };
    }

    /** {@code format: calendar-date}: a YYYY-MM-DD date must exist; shorter forms are the pattern's business. */
    private static final class CalendarDate implements Format {
        @Override
        public String getName() {
            return CALENDAR_DATE;
        }

        @Override
        public boolean matches(ExecutionContext context, String value) {
            if (!FULL_DATE.matcher(value).matches()) return true;
            try {
                LocalDate.parse(value);
                return true;
            } catch (DateTimeException e) {
                return false;
            }
        }
    }
}
