package dev.explainer.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.explainer.model.Caps;
import dev.explainer.model.Citation;
import dev.explainer.model.Context;
import dev.explainer.model.ContextSection;
import dev.explainer.model.Contradiction;
import dev.explainer.model.Correction;
import dev.explainer.model.Event;
import dev.explainer.model.Fact;
import dev.explainer.model.Figure;
import dev.explainer.model.KeyFact;
import dev.explainer.model.Nav;
import dev.explainer.model.Person;
import dev.explainer.model.Pos;
import dev.explainer.model.Ref;
import dev.explainer.model.SiteConfig;
import dev.explainer.model.Source;
import dev.explainer.model.Statement;
import dev.explainer.model.TimelineEntry;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The schemas and the model must not drift apart: every component of a YAML-bound record has a
 * schema property of the same name (camelCase in Java, snake_case in YAML) and a matching type, and
 * every schema property has a component. Positions ({@link Pos}) are ours, not the writer's.
 */
class SchemaModelDriftTest {
    private static final Path SCHEMAS = Path.of("src/main/resources/schema");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Each record and where its mapping is described: schema file and JSON pointer. */
    private static final Map<Class<? extends Record>, String> BOUND = new LinkedHashMap<>();

    static {
        BOUND.put(SiteConfig.class, "site.schema.json#");
        BOUND.put(Caps.class, "site.schema.json#/properties/caps");
        BOUND.put(Nav.class, "site.schema.json#/properties/nav");
        BOUND.put(Correction.class, "site.schema.json#/properties/corrections/items");
        BOUND.put(Source.class, "sources.schema.json#/items");
        BOUND.put(Fact.class, "facts.schema.json#/items");
        BOUND.put(Citation.class, "common.schema.json#/$defs/citation");
        BOUND.put(Contradiction.class, "common.schema.json#/$defs/contradiction");
        BOUND.put(Person.class, "people.schema.json#/items");
        BOUND.put(Statement.class, "common.schema.json#/$defs/statement");
        BOUND.put(Figure.class, "numbers.schema.json#/items");
        BOUND.put(TimelineEntry.class, "timeline.schema.json#/items");
        BOUND.put(Event.class, "event.schema.json#");
        BOUND.put(KeyFact.class, "event.schema.json#/properties/key_facts/items");
        BOUND.put(Context.class, "context.schema.json#");
        BOUND.put(ContextSection.class, "context.schema.json#/properties/sections/items");
    }

    @Test
    void everyRecordComponentHasASchemaPropertyAndEveryPropertyAComponent() throws IOException {
        List<String> drift = new ArrayList<>();
        for (Map.Entry<Class<? extends Record>, String> e : BOUND.entrySet()) {
            JsonNode schema = resolve(e.getValue());
            TreeSet<String> fromSchema = new TreeSet<>();
            schema.path("properties").fieldNames().forEachRemaining(fromSchema::add);
            TreeSet<String> fromRecord = new TreeSet<>();
            for (RecordComponent c : e.getKey().getRecordComponents()) {
                if (c.getType() == Pos.class) continue;
                String key = snake(c.getName());
                fromRecord.add(key);
                if (!fromSchema.contains(key)) {
                    drift.add(e.getKey().getSimpleName() + "." + c.getName() + " has no property '" + key + "' in " + e.getValue());
                    continue;
                }
                String want = jsonType(c.getGenericType());
                String have = type(schema.path("properties").path(key), fileOf(e.getValue()));
                if (!want.equals(have)) {
                    drift.add(e.getKey().getSimpleName() + "." + c.getName() + " is " + want + " in Java but '" + key
                            + "' is " + have + " in " + e.getValue());
                }
            }
            for (String key : fromSchema) {
                if (!fromRecord.contains(key)) {
                    drift.add(e.getValue() + " has property '" + key + "' but " + e.getKey().getSimpleName() + " has no component "
                            + camel(key));
                }
            }
        }
        assertEquals(List.of(), drift, "schema and model disagree");
    }

    @Test
    void theNameMappingIsTheOneTheBinderUses() {
        assertEquals("contradicted_by", snake("contradictedBy"));
        assertEquals("words_per_quote", snake("wordsPerQuote"));
        assertEquals("keyFacts", camel("key_facts"));
    }

    /** The JSON Schema type a record component must have: records are objects, lists arrays, refs ids. */
    private static String jsonType(Type t) {
        if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
            return "array of " + jsonType(p.getActualTypeArguments()[0]);
        }
        Class<?> c = (Class<?>) t;
        if (c == String.class || c == Ref.class) return "string";
        if (c == int.class || c == Integer.class) return "integer";
        if (c == BigDecimal.class) return "number";
        if (c == boolean.class) return "boolean";
        if (c.isRecord()) return "object";
        throw new AssertionError("no JSON type for " + t);
    }

    /** The type a schema property describes, following $ref into common.schema.json. */
    private static String type(JsonNode property, String file) throws IOException {
        JsonNode p = property;
        while (p.has("$ref") && !p.has("type")) {
            String target = ref(p.get("$ref").asText(), file);
            file = fileOf(target);
            p = resolve(target);
        }
        String type = p.path("type").asText();
        if (type.equals("array")) return "array of " + type(p.path("items"), file);
        return type;
    }

    private static String ref(String ref, String from) {
        return ref.startsWith("#") ? from + ref : ref;
    }

    private static String fileOf(String location) {
        return location.substring(0, location.indexOf('#'));
    }

    private static JsonNode resolve(String location) throws IOException {
        JsonNode doc = JSON.readTree(SCHEMAS.resolve(fileOf(location)).toFile());
        String pointer = location.substring(location.indexOf('#') + 1);
        JsonNode n = pointer.isEmpty() ? doc : doc.at(pointer);
        if (n.isMissingNode()) throw new AssertionError("no " + location);
        return n;
    }

    static String snake(String camel) {
        return camel.replaceAll("([A-Z])", "_$1").toLowerCase();
    }

    static String camel(String snake) {
        StringBuilder b = new StringBuilder();
        for (Iterator<String> it = List.of(snake.split("_")).iterator(); it.hasNext(); ) {
            String w = it.next();
            b.append(b.length() == 0 ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return b.toString();
    }
}
