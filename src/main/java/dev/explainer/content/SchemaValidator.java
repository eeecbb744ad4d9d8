package dev.explainer.content;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.explainer.model.Pos;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Validates YAML trees against our JSON Schemas (draft 2020-12), implementing exactly the keywords
 * the shipped schemas use and refusing, when it is made, a schema that uses any other. A general
 * validator (networknt, kept in the tests to check that the two agree) costs a cold build a third of
 * a second to set up and copies every tree into its own form first; this walks our trees directly.
 *
 * <p>Schemas are read as YAML, of which JSON is a part, into the same {@link YNode} trees as content.
 */
final class SchemaValidator {
    /** The keywords implemented below, and the annotations that validate nothing. */
    static final Set<String> KEYWORDS = Set.of("$schema", "$id", "$comment", "$defs", "$ref", "title", "description",
            "examples", "default", "type", "properties", "required", "additionalProperties", "items", "pattern", "format",
            "minLength", "maxLength", "minItems", "minimum", "maximum");
    /** The schemas' own format for dates: the pattern checks the form, this the calendar (no 30 February). */
    static final String CALENDAR_DATE = "calendar-date";
    static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Lists this long have their items checked side by side, in slices of {@link #SLICE}. */
    static final int SIDE_BY_SIDE_FROM = 4096;
    static final int SLICE = 1024;

    /**
     * One keyword that a value fails: the keyword, where the value is (keys and list indexes from the
     * top), the schema object holding the keyword, and for {@code required} and
     * {@code additionalProperties} the key concerned.
     */
    record Failure(String keyword, List<Object> path, YNode.YMap rule, String property) {
        /** The value's location as a JSON Pointer, as standard validators report it: {@code /sections/0/facts/2}, empty at the top. */
        String location() {
            StringBuilder b = new StringBuilder();
            for (Object e : path) b.append('/').append(String.valueOf(e).replace("~", "~0").replace("/", "~1"));
            return b.toString();
        }
    }

    /** A schema object and the file it is in, which its relative {@code $ref}s start from. */
    record Located(String file, YNode.YMap schema) {}

    private final Map<String, YNode.YMap> documents;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();
    /** Each {@code $ref} resolved once: a large explainer follows the same few thousands of times. */
    private final Map<String, Located> refs = new ConcurrentHashMap<>();

    /** @param documents each schema file by its name, e.g. {@code common.schema.json} */
    SchemaValidator(Map<String, YNode.YMap> documents) {
        this.documents = Map.copyOf(documents);
        for (Map.Entry<String, YNode.YMap> d : documents.entrySet()) refuseUnknownKeywords(d.getKey(), d.getValue());
    }

    /** Every failure of {@code value} against the schema file {@code file}, in document order. */
    List<Failure> validate(String file, YNode value) {
        List<Failure> out = new ArrayList<>();
        check(new Located(file, documents.get(file)), value, new ArrayList<>(), out);
        return out;
    }

    private void check(Located at, YNode value, List<Object> path, List<Failure> out) {
        YNode.YMap s = at.schema();
        YNode ref = s.get("$ref");
        if (ref instanceof YNode.YScalar r) {
            check(refs.computeIfAbsent(at.file() + " " + r.text(), k -> resolve(at.file(), r.text())), value, path, out);
        }
        String type = text(s, "type");
        if (type != null && !hasType(value, type)) out.add(new Failure("type", List.copyOf(path), s, null));

        if (value instanceof YNode.YScalar v) scalar(s, v, path, out);
        if (value instanceof YNode.YList list) {
            Integer min = integer(s, "minItems");
            if (min != null && list.items().size() < min) out.add(new Failure("minItems", List.copyOf(path), s, null));
            if (s.get("items") instanceof YNode.YMap items) {
                Located each = new Located(at.file(), items);
                int n = list.items().size();
                if (n < SIDE_BY_SIDE_FROM) {
                    items(each, list, 0, n, path, out);
                } else {
                    // A large explainer's facts.yaml is one list of tens of thousands of entries:
                    // checked in slices on every core, the failures joined in the items' order.
                    IntStream.range(0, (n + SLICE - 1) / SLICE).parallel().mapToObj(k -> {
                        List<Failure> found = new ArrayList<>();
                        items(each, list, k * SLICE, Math.min(n, (k + 1) * SLICE), new ArrayList<>(path), found);
                        return found;
                    }).toList().forEach(out::addAll);
                }
            }
        }
        if (value instanceof YNode.YMap map) object(at, map, path, out);
    }

    /** Checks the items {@code from} to {@code to} of {@code list}, which is at {@code path}. */
    private void items(Located each, YNode.YList list, int from, int to, List<Object> path, List<Failure> out) {
        for (int i = from; i < to; i++) {
            path.add(i);
            check(each, list.items().get(i), path, out);
            path.remove(path.size() - 1);
        }
    }

    private void object(Located at, YNode.YMap map, List<Object> path, List<Failure> out) {
        YNode.YMap s = at.schema();
        YNode.YMap properties = s.get("properties") instanceof YNode.YMap p ? p : null;
        boolean closed = s.get("additionalProperties") instanceof YNode.YScalar a && a.text().equals("false");
        for (YNode.Entry e : map.entries()) {
            YNode rule = properties == null ? null : properties.get(e.key());
            if (rule instanceof YNode.YMap r) {
                path.add(e.key());
                check(new Located(at.file(), r), e.value(), path, out);
                path.remove(path.size() - 1);
            } else if (closed) {
                out.add(new Failure("additionalProperties", List.copyOf(path), s, e.key()));
            }
        }
        if (s.get("required") instanceof YNode.YList required) {
            for (YNode r : required.items()) {
                String key = ((YNode.YScalar) r).text();
                if (map.get(key) == null) out.add(new Failure("required", List.copyOf(path), s, key));
            }
        }
    }

    private void scalar(YNode.YMap s, YNode.YScalar v, List<Object> path, List<Failure> out) {
        if (v.type() == YNode.YScalar.Type.STRING) {
            String text = v.text();
            String pattern = text(s, "pattern");
            if (pattern != null && !patterns.computeIfAbsent(pattern, Pattern::compile).matcher(text).find()) {
                out.add(new Failure("pattern", List.copyOf(path), s, null));
            }
            String format = text(s, "format");
            if (format != null && !formatted(format, text)) out.add(new Failure("format", List.copyOf(path), s, null));
            int length = text.codePointCount(0, text.length());
            Integer min = integer(s, "minLength");
            if (min != null && length < min) out.add(new Failure("minLength", List.copyOf(path), s, null));
            Integer max = integer(s, "maxLength");
            if (max != null && length > max) out.add(new Failure("maxLength", List.copyOf(path), s, null));
        }
        if (v.type() == YNode.YScalar.Type.INTEGER || v.type() == YNode.YScalar.Type.DECIMAL) {
            BigDecimal n = new BigDecimal(v.text());
            if (s.get("minimum") instanceof YNode.YScalar min && n.compareTo(new BigDecimal(min.text())) < 0) {
                out.add(new Failure("minimum", List.copyOf(path), s, null));
            }
            if (s.get("maximum") instanceof YNode.YScalar max && n.compareTo(new BigDecimal(max.text())) > 0) {
                out.add(new Failure("maximum", List.copyOf(path), s, null));
            }
        }
    }

    /** JSON Schema's types; an integer is a number too, and so is 3.0 an integer. */
    private static boolean hasType(YNode value, String type) {
        return switch (type) {
            case "object" -> value instanceof YNode.YMap;
            case "array" -> value instanceof YNode.YList;
            case "string" -> value instanceof YNode.YScalar s && s.type() == YNode.YScalar.Type.STRING;
            case "boolean" -> value instanceof YNode.YScalar s && s.type() == YNode.YScalar.Type.BOOLEAN;
            case "null" -> value instanceof YNode.YScalar s && s.type() == YNode.YScalar.Type.NULL;
            case "number" -> value instanceof YNode.YScalar s
                    && (s.type() == YNode.YScalar.Type.INTEGER || s.type() == YNode.YScalar.Type.DECIMAL);
            case "integer" -> value instanceof YNode.YScalar s && (s.type() == YNode.YScalar.Type.INTEGER
                    || s.type() == YNode.YScalar.Type.DECIMAL && isWhole(s.text()));
            default -> throw new IllegalStateException("unknown schema type '" + type + "'");
        };
    }

    private static boolean isWhole(String decimal) {
        BigDecimal d = new BigDecimal(decimal);
        return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
    }

    /** The formats the schemas assert: {@code calendar-date} (ours) and {@code date-time} (RFC 3339, seconds optional as the pattern has them). */
    private static boolean formatted(String format, String value) {
        try {
            switch (format) {
                case CALENDAR_DATE -> {
                    // Shorter forms (a year, a month) are the pattern's business.
                    if (FULL_DATE.matcher(value).matches()) LocalDate.parse(value);
                }
                case "date-time" -> OffsetDateTime.parse(value);
                default -> throw new IllegalStateException("unknown schema format '" + format + "'");
            }
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** {@code #/$defs/x} in the same file, or {@code other.schema.json#/$defs/x}. */
    Located resolve(String file, String ref) {
        int hash = ref.indexOf('#');
        String target = hash > 0 ? ref.substring(0, hash) : hash == 0 ? file : ref;
        YNode n = documents.get(target);
        if (n == null) throw new IllegalStateException("$ref '" + ref + "' in " + file + ": no schema " + target);
        String pointer = hash < 0 ? "" : ref.substring(hash + 1);
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) continue;
            n = n instanceof YNode.YMap m ? m.get(part.replace("~1", "/").replace("~0", "~")) : null;
        }
        if (!(n instanceof YNode.YMap m)) throw new IllegalStateException("$ref '" + ref + "' in " + file + " points at nothing");
        return new Located(target, m);
    }

    /** A schema that asks for more than is implemented here would silently pass content it should refuse. */
    private static void refuseUnknownKeywords(String file, YNode.YMap schema) {
        for (YNode.Entry e : schema.entries()) {
            if (!KEYWORDS.contains(e.key())) {
                throw new IllegalStateException(file + ":" + e.keyPos().line() + ": the schema keyword '" + e.key()
                        + "' is not implemented by the build's validator (SchemaValidator)");
            }
            switch (e.key()) {
                case "properties", "$defs" -> {
                    if (e.value() instanceof YNode.YMap m) {
                        for (YNode.Entry p : m.entries()) if (p.value() instanceof YNode.YMap sub) refuseUnknownKeywords(file, sub);
                    }
                }
                case "items" -> {
                    if (e.value() instanceof YNode.YMap sub) refuseUnknownKeywords(file, sub);
                }
                case "additionalProperties" -> {
                    if (!(e.value() instanceof YNode.YScalar b && b.type() == YNode.YScalar.Type.BOOLEAN)) {
                        throw new IllegalStateException(file + ":" + e.keyPos().line()
                                + ": additionalProperties is true or false here; a schema for the other keys is not implemented");
                    }
                }
                default -> { }
            }
        }
    }

    private static String text(YNode.YMap m, String key) {
        return m.get(key) instanceof YNode.YScalar s ? s.text() : null;
    }

    private static Integer integer(YNode.YMap m, String key) {
        return m.get(key) instanceof YNode.YScalar s ? Integer.valueOf(s.text()) : null;
    }

    /** Reads each schema file (JSON) into a tree, for {@link #SchemaValidator(Map)}. */
    static Map<String, YNode.YMap> read(Map<String, String> texts) {
        JsonFactory json = new JsonFactory();
        Map<String, YNode.YMap> documents = new HashMap<>();
        for (Map.Entry<String, String> t : texts.entrySet()) {
            String file = "schema/" + t.getKey();
            try (JsonParser p = json.createParser(t.getValue())) {
                p.nextToken();
                if (!(tree(p, file) instanceof YNode.YMap m)) throw new IllegalStateException(file + " is not a JSON object");
                documents.put(t.getKey(), m);
            } catch (IOException e) {
                throw new IllegalStateException("the schema " + file + " cannot be read: " + e.getMessage(), e);
            }
        }
        return documents;
    }

    /** A JSON value as a tree with positions, like the content's (JSON's own parser is quicker to start than YAML's). */
    private static YNode tree(JsonParser p, String file) throws IOException {
        Pos pos = new Pos(file, p.currentTokenLocation().getLineNr(), p.currentTokenLocation().getColumnNr());
        switch (p.currentToken()) {
            case START_OBJECT -> {
                List<YNode.Entry> entries = new ArrayList<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Pos keyPos = new Pos(file, p.currentTokenLocation().getLineNr(), p.currentTokenLocation().getColumnNr());
                    p.nextToken();
                    entries.add(new YNode.Entry(key, keyPos, tree(p, file)));
                }
                return new YNode.YMap(pos, List.copyOf(entries));
            }
            case START_ARRAY -> {
                List<YNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) items.add(tree(p, file));
                return new YNode.YList(pos, List.copyOf(items));
            }
            case VALUE_NUMBER_INT -> {
                return new YNode.YScalar(pos, p.getText(), YNode.YScalar.Type.INTEGER);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new YNode.YScalar(pos, p.getDecimalValue().toPlainString(), YNode.YScalar.Type.DECIMAL);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new YNode.YScalar(pos, String.valueOf(p.currentToken() == JsonToken.VALUE_TRUE), YNode.YScalar.Type.BOOLEAN);
            }
            case VALUE_NULL -> {
                return new YNode.YScalar(pos, "", YNode.YScalar.Type.NULL);
            }
            default -> {
                return new YNode.YScalar(pos, p.getText(), YNode.YScalar.Type.STRING);
            }
        }
    }
}
