package dev.explainer.cli;

import dev.explainer.content.Schemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code new}: a second explainer in a minute, that checks clean and builds with no edits. */
class NewCommandTest {
    @Test
    void theScaffoldChecksWithNoErrorsAndNoWarningsAndBuildsAtOnce(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("city-flood");
        Cli created = Cli.run("new", folder.toString()).assertNoStackTrace();
        assertEquals(Main.OK, created.code(), created::toString);
        assertTrue(created.out().startsWith("Created a new explainer in " + folder + ". Next:"), created::toString);
        assertTrue(created.out().contains("java -jar explainer.jar check -C " + folder), created::toString);

        Cli check = Cli.run("check", "-C", folder.toString()).assertNoStackTrace();
        assertEquals(Main.OK, check.code(), check::toString);
        assertEquals("", check.err(), "no diagnostics at all");
        assertEquals("0 errors, 0 warnings", check.lastLine());

        Cli build = Cli.run("build", "-C", folder.toString()).assertNoStackTrace();
        assertEquals(Main.OK, build.code(), build::toString);
        assertTrue(Files.isRegularFile(folder.resolve("site/index.html")));
        assertTrue(Files.isRegularFile(folder.resolve("site/sources/example-gazette.html")));
        assertTrue(Files.readString(folder.resolve("site/index.html")).contains("Example Town opens a new footbridge"));
    }

    @Test
    void theScaffoldHasEveryContentFileTheSchemasAndTheModelines(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("x");
        assertEquals(Main.OK, Cli.run("new", folder.toString()).code());
        for (String kind : Schemas.KINDS) {
            String first = Files.readAllLines(folder.resolve("content/" + kind + ".yaml")).get(0);
            assertEquals("# yaml-language-server: $schema=schema/" + kind + ".schema.json", first);
        }
        for (String schema : Schemas.FILES) {
            assertArrayEquals(Files.readAllBytes(Path.of("src/main/resources/schema", schema)),
                    Files.readAllBytes(folder.resolve("content/schema/" + schema)), schema);
        }
        assertTrue(Files.isRegularFile(folder.resolve("content/about.md")));
        assertTrue(Files.isRegularFile(folder.resolve("seeds/000_example.txt")));
        assertEquals("site/\n", Files.readString(folder.resolve(".gitignore")));
        assertTrue(Files.readString(folder.resolve("content/site.yaml")).contains("base_url: https://example.github.io/x/"));
    }

    @Test
    void anEmptyFolderIsFine(@TempDir Path dir) {
        assertEquals(Main.OK, Cli.run("new", dir.toString()).code());
        assertEquals(Main.OK, Cli.run("check", "-C", dir.toString()).code());
    }

    @Test
    void aFolderWithSomethingInItIsRefusedAndLeftAlone(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Cli r = Cli.run("new", dir.toString()).assertNoStackTrace();
        assertEquals(Main.USAGE, r.code());
        assertEquals("explainer new: " + dir + " already exists and is not empty; choose a new folder name, so that"
                + " nothing in it is overwritten\n", r.err());
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void aFileIsRefused(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");
        Cli r = Cli.run("new", file.toString());
        assertEquals(Main.USAGE, r.code());
        assertEquals("explainer new: " + file + " exists and is a file; choose a new folder name\n", r.err());
    }

    @Test
    void noFolderIsWrongUsage() {
        Cli r = Cli.run("new");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().startsWith("Missing required parameter: 'FOLDER'"), r::toString);
    }
}
