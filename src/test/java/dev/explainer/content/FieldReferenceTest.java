package dev.explainer.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The field reference in docs/writing-content.md is generated from the schemas, so it cannot fall
 * behind them. When a schema changes, regenerate it with
 * {@code mvn -q test -Dtest=FieldReferenceTest -Dexplainer.updateDocs=true} and review the diff.
 */
class FieldReferenceTest {
    static final Path DOC = Path.of("docs/writing-content.md");
    static final String START = "<!-- field-reference:start (generated from the schemas by FieldReferenceTest; do not edit by hand) -->";
    static final String END = "<!-- field-reference:end -->";
    private static final Path SCHEMAS = Path.of("src/main/resources/schema");

    private final Map<String, JsonNode> documents = new LinkedHashMap<>();

    FieldReferenceTest() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (String f : Schemas.FILES) documents.put(f, json.readTree(SCHEMAS.resolve(f).toFile()));
    }

    @Test
    void everySchemaPropertyIsInTheGuide() throws IOException {
        String doc = Files.readString(DOC);
        List<String> missing = new ArrayList<>();
        for (String kind : Schemas.KINDS) {
            for (String key : keys(documents.get(kind + ".schema.json"), "")) {
                if (!doc.contains("`" + key + "`")) missing.add("content/" + kind + ".yaml: " + key);
            }
        }
        for (String block : List.of("citation", "contradiction", "statement")) {
            for (String key : keys(documents.get("common.schema.json").path("$defs").path(block), "")) {
                if (!doc.contains("`" + key + "`")) missing.add(block + ": " + key);
            }
        }
        assertEquals(List.of(), missing, "keys the schemas allow but " + DOC + " does not mention");
    }

    @Test
    void theFieldReferenceIsTheOneTheSchemasGenerate() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int start = doc.indexOf(START);
        int end = doc.indexOf(END);
        assertTrue(start >= 0 && end > start, DOC + " has no field reference between " + START + " and " + END);
        String current = doc.substring(start + START.length(), end);
        String generated = "\n" + generate() + "\n";
        if (!current.equals(generated) && Boolean.getBoolean("explainer.updateDocs")) {
            Files.writeString(DOC, doc.substring(0, start + START.length()) + generated + doc.substring(end), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(generated, current, "the field reference is out of date; regenerate it with"
                + " mvn -q test -Dtest=FieldReferenceTest -Dexplainer.updateDocs=true");
    }

    /** Every key a schema allows, nested ones dotted ({@code caps.words_per_quote}, {@code key_facts[].label}). */
    private List<String> keys(JsonNode schema, String prefix) {
        List<String> out = new ArrayList<>();
        JsonNode s = schema.path("type").asText().equals("array") ? schema.path("items") : schema;
        for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.add(prefix + e.getKey());
            JsonNode p = e.getValue();
            if (p.path("type").asText().equals("object")) out.addAll(keys(p, prefix + e.getKey() + "."));
            if (p.path("type").asText().equals("array") && p.path("items").path("type").asText().equals("object")) {
                out.addAll(keys(p.path("items"), prefix + e.getKey() + "[]."));
            }
        }
        return out;
    }

    String generate() {
        StringBuilder md = new StringBuilder();
        for (String kind : Schemas.KINDS) {
            JsonNode schema = documents.get(kind + ".schema.json");
            boolean list = schema.path("type").asText().equals("array");
            md.append("\n### `content/").append(kind).append(".yaml`\n\n");
            md.append(list ? "A list; each entry has:" : "A mapping of:").append("\n\n");
            table(md, list ? schema.path("items") : schema, "", kind + ".schema.json");
        }
        md.append("\n### Building blocks\n\n");
        JsonNode defs = documents.get("common.schema.json").path("$defs");
        for (String block : List.of("citation", "contradiction", "statement")) {
            md.append("A **").append(block).append("**: ").append(defs.path(block).path("description").asText()).append("\n\n");
            table(md, defs.path(block), "", "common.schema.json");
            md.append("\n");
        }
        md.append("Kinds of value:\n\n| kind | how to write it |\n| --- | --- |\n");
        for (String v : List.of("id", "text", "date", "timestamp")) {
            md.append("| ").append(defs.path(v).path("title").asText()).append(" | ")
                    .append(cell(defs.path(v).path("description").asText())).append(" |\n");
        }
        return md.toString().strip();
    }

    private void table(StringBuilder md, JsonNode object, String prefix, String file) {
        if (prefix.isEmpty()) md.append("| key | required | value | what it holds |\n| --- | --- | --- | --- |\n");
        Set<String> required = new HashSet<>();
        object.path("required").forEach(r -> required.add(r.asText()));
        List<Object[]> nested = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode p = e.getValue();
            JsonNode target = resolve(p, file);
            String description = p.path("description").asText(target.path("description").asText());
            JsonNode example = p.has("examples") ? p.path("examples").path(0) : target.path("examples").path(0);
            String what = description + (example.isMissingNode() || description.contains("e.g.") || !example.isValueNode()
                    ? "" : " E.g. `" + Schemas.yaml(new YamlReader().read("example", example.toString(), new dev.explainer.model.Diagnostics())) + "`");
            md.append("| `").append(prefix).append(e.getKey()).append("` | ").append(required.contains(e.getKey()) ? "yes" : "")
                    .append(" | ").append(kind(p, file)).append(" | ").append(cell(what)).append(" |\n");
            if (target.path("type").asText().equals("object") && !p.has("$ref")) nested.add(new Object[]{p, prefix + e.getKey() + "."});
            if (target.path("type").asText().equals("array") && target.path("items").path("type").asText().equals("object")) {
                nested.add(new Object[]{target.path("items"), prefix + e.getKey() + "[]."});
            }
        }
        for (Object[] n : nested) table(md, (JsonNode) n[0], (String) n[1], file);
    }

    /** What kind of value a property holds, in a writer's words. */
    private String kind(JsonNode p, String file) {
        if (p.has("$ref")) {
            String ref = p.get("$ref").asText();
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            return switch (name) {
                case "cite" -> "list of citations";
                case "ids" -> "list of fact ids";
                case "citation", "statement", "contradiction" -> name;
                default -> resolve(p, file).path("title").asText(name);
            };
        }
        String type = p.path("type").asText();
        return switch (type) {
            case "array" -> {
                JsonNode items = p.path("items");
                if (items.path("type").asText().equals("object")) yield "list of entries, below";
                String k = kind(items, file);
                yield "list of " + (k.equals("text") ? "text" : k + "s");
            }
            case "object" -> "mapping, below";
            case "integer" -> "whole number";
            case "boolean" -> "true or false";
            case "string" -> p.path("title").asText("text");
            default -> type;
        };
    }

    private JsonNode resolve(JsonNode p, String file) {
        if (!p.has("$ref")) return p;
        String ref = p.get("$ref").asText();
        int hash = ref.indexOf('#');
        String doc = hash > 0 ? ref.substring(0, hash) : file;
        return documents.get(doc).at(ref.substring(hash + 1));
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
