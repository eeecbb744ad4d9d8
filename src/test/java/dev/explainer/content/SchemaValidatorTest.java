package dev.explainer.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Format;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.explainer.model.Diagnostics;
import dev.explainer.model.Pos;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build's own schema validator finds exactly what a standard one (networknt, 2020-12, formats
 * asserted) finds: the same keyword failing at the same place, over every shipped content file and
 * thousands of broken variants of the test fixture's (each key removed, an unknown key added, each
 * value replaced by values of every other kind and by badly formed ones).
 */
class SchemaValidatorTest {
    private static final Path FIXTURE = Path.of("src/test/resources/sites/harbour-fire");
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final SchemaValidator ours = new SchemaValidator(SchemaValidator.read(texts()));
    private final Map<String, JsonSchema> standard = standard();

    @Test
    void agreesWithAStandardValidatorOnBrokenVariantsOfEveryContentFile() throws IOException {
        int variants = 0;
        List<String> disagreements = new ArrayList<>();
        for (String kind : Schemas.KINDS) {
            YNode tree = read(FIXTURE.resolve("content/" + kind + ".yaml"));
            List<YNode> all = new ArrayList<>();
            all.add(tree);
            mutate(tree, all::add);
            for (YNode variant : all) {
                variants++;
                TreeSet<String> mine = new TreeSet<>(), theirs = new TreeSet<>();
                for (SchemaValidator.Failure f : ours.validate(kind + ".schema.json", variant)) {
                    mine.add(f.location() + " " + f.keyword() + (f.property() == null ? "" : " " + f.property()));
                }
                for (ValidationMessage m : standard.get(kind).validate(json(variant))) {
                    theirs.add(m.getInstanceLocation() + " " + m.getType() + (m.getProperty() == null ? "" : " " + m.getProperty()));
                }
                if (!mine.equals(theirs) && disagreements.size() < 20) disagreements.add(kind + ": ours " + mine + ", standard " + theirs);
            }
        }
        assertEquals(List.of(), disagreements);
        assertTrue(variants > 2000, "only " + variants + " variants were tried");
    }

    @Test
    void theShippedExplainersPassBoth() throws IOException {
        for (Path project : SchemaFilesTest.PROJECTS) {
            for (String kind : Schemas.KINDS) {
                YNode tree = read(project.resolve("content/" + kind + ".yaml"));
                assertEquals(List.of(), ours.validate(kind + ".schema.json", tree), project + " " + kind);
                assertEquals(0, standard.get(kind).validate(json(tree)).size(), project + " " + kind);
            }
        }
    }

    @Test
    void aSchemaKeywordItDoesNotImplementIsRefusedWhenTheSchemasAreLoaded() {
        Map<String, String> texts = texts();
        texts.put("facts.schema.json", texts.get("facts.schema.json").replace("\"additionalProperties\": false",
                "\"additionalProperties\": false, \"uniqueItems\": true"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new SchemaValidator(SchemaValidator.read(texts)));
        assertTrue(e.getMessage().contains("'uniqueItems' is not implemented"), e.getMessage());
    }

    // --- variants -------------------------------------------------------------------------------------

    /** Every tree that differs from {@code node} in one place, in the ways a writer gets content wrong. */
    private static void mutate(YNode node, Consumer<YNode> out) {
        Pos p = node.pos();
        for (YNode other : replacements(p)) out.accept(other);
        if (node instanceof YNode.YMap map) {
            List<YNode.Entry> plus = new ArrayList<>(map.entries());
            plus.add(new YNode.Entry("surplus", p, scalar(p, "x", YNode.YScalar.Type.STRING)));
            out.accept(new YNode.YMap(p, plus));
            for (int i = 0; i < map.entries().size(); i++) {
                List<YNode.Entry> less = new ArrayList<>(map.entries());
                YNode.Entry e = less.remove(i);
                out.accept(new YNode.YMap(p, less));
                int at = i;
                mutate(e.value(), v -> {
                    List<YNode.Entry> changed = new ArrayList<>(map.entries());
                    changed.set(at, new YNode.Entry(e.key(), e.keyPos(), v));
                    out.accept(new YNode.YMap(p, changed));
                });
            }
        }
        if (node instanceof YNode.YList list) {
            for (int i = 0; i < list.items().size(); i++) {
                int at = i;
                mutate(list.items().get(i), v -> {
                    List<YNode> changed = new ArrayList<>(list.items());
                    changed.set(at, v);
                    out.accept(new YNode.YList(p, changed));
                });
            }
        }
    }

    private static List<YNode> replacements(Pos p) {
        return List.of(scalar(p, "", YNode.YScalar.Type.STRING), scalar(p, "Not An Id!", YNode.YScalar.Type.STRING),
                scalar(p, "2024-02-30", YNode.YScalar.Type.STRING), scalar(p, "2025-12-13T25:00:00Z", YNode.YScalar.Type.STRING),
                scalar(p, "12", YNode.YScalar.Type.INTEGER), scalar(p, "-3", YNode.YScalar.Type.INTEGER),
                scalar(p, "2.5", YNode.YScalar.Type.DECIMAL), scalar(p, "true", YNode.YScalar.Type.BOOLEAN),
                scalar(p, "", YNode.YScalar.Type.NULL), new YNode.YList(p, List.of()), new YNode.YMap(p, List.of()));
    }

    private static YNode scalar(Pos p, String text, YNode.YScalar.Type type) {
        return new YNode.YScalar(p, text, type);
    }

    // --- the standard validator, set up as the build's used to be ------------------------------------------

    private static Map<String, JsonSchema> standard() {
        JsonMetaSchema meta = JsonMetaSchema.builder(JsonMetaSchema.getV202012()).format(new Format() {
            @Override
            public String getName() {
                return SchemaValidator.CALENDAR_DATE;
            }

            @Override
            public boolean matches(ExecutionContext context, String value) {
                if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) return true;
                try {
                    LocalDate.parse(value);
                    return true;
                } catch (DateTimeException e) {
                    return false;
                }
            }
        }).build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, b -> b.metaSchema(meta));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        Map<String, JsonSchema> schemas = new LinkedHashMap<>();
        for (String kind : Schemas.KINDS) {
            schemas.put(kind, factory.getSchema(SchemaLocation.of("classpath:schema/" + kind + ".schema.json"), config));
        }
        return schemas;
    }

    private static JsonNode json(YNode node) {
        if (node instanceof YNode.YMap m) {
            ObjectNode o = F.objectNode();
            for (YNode.Entry e : m.entries()) o.set(e.key(), json(e.value()));
            return o;
        }
        if (node instanceof YNode.YList l) {
            ArrayNode a = F.arrayNode();
            for (YNode item : l.items()) a.add(json(item));
            return a;
        }
        YNode.YScalar s = (YNode.YScalar) node;
        return switch (s.type()) {
            case STRING -> F.textNode(s.text());
            case INTEGER -> F.numberNode(new BigInteger(s.text()));
            case DECIMAL -> F.numberNode(new BigDecimal(s.text()));
            case BOOLEAN -> F.booleanNode(Boolean.parseBoolean(s.text()));
            case NULL -> F.nullNode();
        };
    }

    private static Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String f : Schemas.FILES) texts.put(f, Schemas.text(f));
        return texts;
    }

    private static YNode read(Path file) throws IOException {
        Diagnostics problems = new Diagnostics();
        YNode tree = new YamlReader().read(file.toString(), Files.readString(file), problems);
        assertEquals(List.of(), problems.sorted(), file.toString());
        return tree;
    }
}
