package dev.explainer.content;

import dev.explainer.model.Diagnostic;
import dev.explainer.model.Diagnostics;
import dev.explainer.model.Pos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Files are read only from inside the project, only as UTF-8, only up to a sane size. */
class ProjectFilesTest {
    @TempDir
    Path dir;

    @Test
    void aByteOrderMarkIsDroppedAndCrlfKept() throws IOException {
        Files.createDirectories(dir.resolve("content"));
        Files.write(dir.resolve("content/a.yaml"), new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ':', ' ', '1', '\r', '\n'});
        assertEquals("a: 1\r\n", read("content/a.yaml"));
    }

    @Test
    void textThatIsNotUtf8IsShownAtTheFirstBadByte() throws IOException {
        Files.write(dir.resolve("a.txt"), "first line\nCaf\u00e9 au lait".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals(List.of("a.txt:2:4: error: the file is not UTF-8 text (byte 0xE9) (save it as UTF-8: in your editor's"
                + " 'Save as', choose the encoding UTF-8)"), problems("a.txt"));
    }

    @Test
    void aReplacementCharacterWrittenAsUtf8IsText() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "a \uFFFD in the text, \u201Cquoted\u201D", java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("a \uFFFD in the text, \u201Cquoted\u201D", read("a.txt"));
        Files.write(dir.resolve("b.txt"), new byte[]{(byte) 0xEF, (byte) 0xBF, (byte) 0xBD, '\n', 'x', (byte) 0xFF});
        assertEquals(List.of("b.txt:2:2: error: the file is not UTF-8 text (byte 0xFF) (save it as UTF-8: in your editor's"
                + " 'Save as', choose the encoding UTF-8)"), problems("b.txt"), "beside one, a byte that is not UTF-8 is still found");
    }

    @Test
    void aPathOutOfTheProjectIsRefused() {
        assertEquals(List.of("x:1:1: error: 'seeds/../../etc/passwd' points outside the project (name a file inside the"
                + " project folder)"), problems("seeds/../../etc/passwd"));
    }

    @Test
    void aMissingFileIsNamed() {
        assertEquals(List.of("x:1:1: error: file not found: seeds/none.txt (create it, or check the name for typos)"),
                problems("seeds/none.txt"));
    }

    @Test
    void aLinkOutOfTheProjectIsRefused(@TempDir Path elsewhere) throws IOException {
        Path target = Files.writeString(elsewhere.resolve("secret.txt"), "secret");
        link(dir.resolve("a.txt"), target);
        assertEquals(List.of("x:1:1: error: 'a.txt' is a link to a file outside the project (copy the file into the"
                + " project instead of linking to it)"), problems("a.txt"));
    }

    @Test
    void aLinkInsideTheProjectIsFollowed() throws IOException {
        Files.writeString(dir.resolve("real.txt"), "text");
        link(dir.resolve("a.txt"), dir.resolve("real.txt"));
        assertEquals("text", read("a.txt"));
    }

    @Test
    void aFileLargerThanTheCapIsRefusedUnread() throws IOException {
        Files.write(dir.resolve("big.txt"), new byte[(int) ProjectFiles.MAX_BYTES + 1]);
        assertEquals(List.of("x:1:1: error: big.txt is too large (" + (ProjectFiles.MAX_BYTES + 1) / 1024 + " KB) (content and"
                + " article files are limited to " + ProjectFiles.MAX_BYTES / 1024 / 1024 + " MB; split it or trim it)"), problems("big.txt"));
    }

    @Test
    void aFolderIsNotAFile() throws IOException {
        Files.createDirectories(dir.resolve("content/facts.yaml"));
        assertEquals(List.of("x:1:1: error: 'content/facts.yaml' is not a file (name a text file)"), problems("content/facts.yaml"));
    }

    private String read(String relative) throws IOException {
        Diagnostics out = new Diagnostics();
        String s = new ProjectFiles(dir).read(relative, new Pos("x", 1, 1), out);
        assertEquals(List.of(), out.sorted());
        return s;
    }

    private List<String> problems(String relative) {
        Diagnostics out = new Diagnostics();
        try {
            assertNull(new ProjectFiles(dir).read(relative, new Pos("x", 1, 1), out));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.sorted().stream().map(Diagnostic::line).toList();
    }

    private static void link(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (IOException | UnsupportedOperationException e) {
            assumeTrue(false, "no symbolic links here: " + e);
        }
    }
}
