package dev.explainer.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.explainer.model.Diagnostic;
import dev.explainer.model.Diagnostics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The schemas are ordinary JSON Schema 2020-12: they pass the meta-schema, load in a standard
 * validator with no help from our code, and accept every shipped explainer. The copies editors use
 * are the same bytes as the ones the build uses.
 */
class SchemaFilesTest {
    static final Path SHIPPED = Path.of("src/main/resources/schema");
    /** Explainers that must be valid: the Belarus one, the test fixture, the scaffold of 'new', the broken cases' base. */
    static final List<Path> PROJECTS = List.of(Path.of("."), Path.of("src/test/resources/sites/harbour-fire"),
            Path.of("src/main/resources/scaffold"), Path.of("src/test/resources/broken/baseline"));

    static Stream<String> schemaFiles() {
        return Schemas.FILES.stream();
    }

    @Test
    void theEditorsCopiesAreTheSameBytesAsTheShippedSchemas() throws IOException {
        for (Path copy : List.of(Path.of("content/schema"), Path.of("src/test/resources/sites/harbour-fire/content/schema"))) {
            try (Stream<Path> s = Files.list(copy)) {
                assertEquals(Schemas.FILES.stream().sorted().toList(),
                        s.map(p -> p.getFileName().toString()).sorted().toList(), copy + " holds exactly the shipped schemas");
            }
            for (String f : Schemas.FILES) {
                assertArrayEquals(Files.readAllBytes(SHIPPED.resolve(f)), Files.readAllBytes(copy.resolve(f)),
                        copy.resolve(f) + " differs from " + SHIPPED.resolve(f) + "; copy it over");
            }
        }
        try (Stream<Path> s = Files.list(SHIPPED)) {
            assertEquals(Schemas.FILES.stream().sorted().toList(), s.map(p -> p.getFileName().toString()).sorted().toList(),
                    "Schemas.FILES lists every schema");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaFiles")
    void eachSchemaIsAValid2020_12Schema(String file) throws IOException {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        JsonNode schema = new ObjectMapper().readTree(SHIPPED.resolve(file).toFile());
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
        assertEquals(Set.of(), meta.validate(schema));
    }

    /** A plain networknt validator, the YAML read by plain Jackson: nothing of ours but the schema files. */
    @Test
    void aStandardValidatorAcceptsEveryShippedExplainer() throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        YAMLMapper yaml = new YAMLMapper();
        List<String> problems = new ArrayList<>();
        for (Path project : PROJECTS) {
            for (String kind : Schemas.KINDS) {
                Path schemaFile = Path.of("content/schema/" + kind + ".schema.json").toAbsolutePath();
                JsonSchema schema = factory.getSchema(SchemaLocation.of(schemaFile.toUri().toString()));
                Path yamlFile = project.resolve("content/" + kind + ".yaml");
                for (ValidationMessage m : schema.validate(yaml.readTree(yamlFile.toFile()))) problems.add(yamlFile + ": " + m);
            }
        }
        assertEquals(List.of(), problems);
    }

    /** The same through our reader and our messages, so the build and the editor agree. */
    @Test
    void theBuildsValidationAcceptsEveryShippedExplainer() throws IOException {
        Schemas schemas = new Schemas();
        YamlReader reader = new YamlReader();
        List<String> problems = new ArrayList<>();
        for (Path project : PROJECTS) {
            for (String kind : Schemas.KINDS) {
                Diagnostics out = new Diagnostics();
                Path file = project.resolve("content/" + kind + ".yaml");
                YNode tree = reader.read(file.toString(), Files.readString(file), out);
                if (tree != null) schemas.validate(kind, tree, out);
                out.sorted().stream().map(Diagnostic::line).forEach(problems::add);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyContentFileNamesItsSchemaForEditorsOnItsFirstLine() throws IOException {
        for (Path project : PROJECTS) {
            for (String kind : Schemas.KINDS) {
                Path f = project.resolve("content/" + kind + ".yaml");
                String first = Files.readAllLines(f).get(0);
                assertEquals("# yaml-language-server: $schema=schema/" + kind + ".schema.json", first, f.toString());
            }
        }
        assertTrue(Files.isRegularFile(Path.of("content/schema/common.schema.json")));
    }
}
