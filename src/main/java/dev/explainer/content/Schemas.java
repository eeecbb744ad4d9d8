package dev.explainer.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.explainer.model.Diagnostics;
import dev.explainer.model.Pos;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates content files against the JSON Schemas in {@code schema/} (the same files editors use)
 * and turns each failure into a diagnostic a writer can act on: the line of the bad value, what was
 * expected, and the closest known key.
 */
public final class Schemas {
    /** The content files, each with the schema of the same name. */
    public static final List<String> KINDS = List.of("site", "sources", "event", "facts", "people", "numbers",
            "timeline", "context");
    public static final List<String> FILES = List.of("common.schema.json", "site.schema.json", "sources.schema.json",
            "event.schema.json", "facts.schema.json", "people.schema.json", "numbers.schema.json",
            "timeline.schema.json", "context.schema.json");

    private final Map<String, JsonSchema> schemas = new HashMap<>();
    private final Map<String, JsonNode> documents = new HashMap<>();

    public Schemas() {
        ObjectMapper json = new ObjectMapper();
        for (String f : FILES) {
            try (InputStream in = Schemas.class.getResourceAsStream("/schema/" + f)) {
                documents.put(f, json.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException("the schema " + f + " is missing from the build", e);
            }
        }
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        for (String kind : KINDS) {
            schemas.put(kind, factory.getSchema(SchemaLocation.of("classpath:schema/" + kind + ".schema.json")));
        }
    }

    /** The text of a schema file as shipped, for {@code new} to copy into a project. */
    public static String text(String file) {
        try (InputStream in = Schemas.class.getResourceAsStream("/schema/" + file)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a diagnostic for every way {@code root} breaks the schema of {@code kind}. */
    public void validate(String kind, YNode root, Diagnostics out) {
        List<ValidationMessage> messages = new ArrayList<>(schemas.get(kind).validate(toJson(root)));
        messages.sort(Comparator.comparing(m -> m.getInstanceLocation().toString()));
        for (ValidationMessage m : messages) report(m, root, out);
    }

    private void report(ValidationMessage m, YNode root, Diagnostics out) {
        YNode at = locate(root, m.getInstanceLocation());
        Pos pos = at == null ? root.pos() : at.pos();
        JsonNode rule = schemaParent(m.getSchemaLocation());
        String where = describe(m.getInstanceLocation());
        switch (m.getType()) {
            case "additionalProperties" -> {
                String key = m.getProperty();
                Pos keyPos = pos;
                if (at instanceof YNode.YMap map) {
                    for (YNode.Entry e : map.entries()) if (e.key().equals(key)) keyPos = e.keyPos();
                }
                List<String> known = new ArrayList<>();
                if (rule != null && rule.has("properties")) rule.get("properties").fieldNames().forEachRemaining(known::add);
                out.error(keyPos, "unknown key '" + key + "'" + where,
                        Suggest.didYouMean(key, known, "known keys here: " + String.join(", ", known)));
            }
            case "required" -> {
                String key = m.getProperty();
                out.error(pos, "missing key '" + key + "'" + where, "add '" + key + ":'" + example(rule, key));
            }
            case "type" -> {
                String expected = rule == null ? "another kind of value" : kindOf(rule.path("type").asText());
                String found = at == null ? "nothing" : at.kind();
                out.error(pos, "expected " + expected + ", found " + found + where, exampleHint(rule));
            }
            case "pattern", "format" -> {
                String value = at instanceof YNode.YScalar s ? s.text() : "";
                String desc = rule == null ? "" : rule.path("description").asText("");
                String hint = (desc.isEmpty() ? "" : desc) + (exampleOf(rule).isEmpty() ? "" : (desc.isEmpty() ? "" : " ")
                        + "e.g. " + exampleOf(rule));
                out.error(pos, "'" + value + "' is not valid" + where, hint.isEmpty() ? "see docs/writing-content.md" : hint);
            }
            case "minItems" -> out.error(pos, "the list" + where + " needs at least "
                    + rule.path("minItems").asInt(1) + " item(s)", exampleHint(rule));
            case "minLength" -> out.error(pos, "the value" + where + " must not be empty", "write some text or remove the key");
            case "maxLength" -> out.error(pos, "the value" + where + " is too long",
                    "keep it to " + rule.path("maxLength").asInt() + " characters");
            case "minimum" -> out.error(pos, "the number" + where + " is too small",
                    "use at least " + rule.path("minimum").asText());
            default -> out.error(pos, m.getMessage().replaceFirst("^\\$[^:]*: ", "") , "see docs/writing-content.md");
        }
    }

    /** " in 'key'" for messages, naming the last key of the path, or empty at the top. */
    private static String describe(JsonNodePath path) {
        for (int i = path.getNameCount() - 1; i >= 0; i--) {
            if (path.getElement(i) instanceof String s) return " in '" + s + "'";
        }
        return "";
    }

    private static String kindOf(String type) {
        return switch (type) {
            case "string" -> "text";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            case "array" -> "a list";
            case "object" -> "a mapping of keys to values";
            default -> type;
        };
    }

    private String example(JsonNode rule, String key) {
        if (rule == null) return "";
        JsonNode prop = resolve(rule.path("properties").path(key), "");
        String e = exampleOf(prop);
        return e.isEmpty() ? "" : ", e.g. " + key + ": " + e;
    }

    private static String exampleHint(JsonNode rule) {
        String e = exampleOf(rule);
        return e.isEmpty() ? "see docs/writing-content.md" : "for example: " + e;
    }

    private static String exampleOf(JsonNode rule) {
        if (rule == null) return "";
        JsonNode ex = rule.path("examples").path(0);
        if (ex.isMissingNode()) return "";
        return ex.isTextual() ? ex.asText() : ex.toString();
    }

    /** Follows a local or common.schema.json $ref so hints can read descriptions and examples. */
    private JsonNode resolve(JsonNode node, String file) {
        if (node == null || !node.has("$ref")) return node;
        String ref = node.get("$ref").asText();
        int hash = ref.indexOf('#');
        String doc = hash > 0 ? ref.substring(0, hash) : file;
        JsonNode target = documents.get(doc.isEmpty() ? "common.schema.json" : doc);
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
            case BOOLEAN -> f.booleanNode(Boolean.parseBoolean(s.text().toLowerCase()));
            case NULL -> f.nullNode();
        };
    }
}
