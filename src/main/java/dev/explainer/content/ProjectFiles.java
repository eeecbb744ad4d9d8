package dev.explainer.content;

import dev.explainer.model.Diagnostics;
import dev.explainer.model.Pos;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads text files of one project safely: only inside the project, only UTF-8, only of sane size.
 * Every refusal is a diagnostic naming the file, so a writer knows what to fix.
 */
public final class ProjectFiles {
    /**
     * 8 MB is bigger than any hand-written content file or article, so a larger file is a mistake,
     * refused before it is read. Generated explainers (the benchmark's 10,000 sources make a 33 MB
     * facts.yaml) raise it with {@code -Dexplainer.maxFileMb=N}.
     */
    public static final String MAX_MB_PROPERTY = "explainer.maxFileMb";
    public static final long MAX_BYTES = Long.getLong(MAX_MB_PROPERTY, 8L) * 1024 * 1024;

    private final Path root;
    private final Path realRoot;

    public ProjectFiles(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = this.root.toRealPath();
    }

    public Path root() {
        return root;
    }

    /** The path as diagnostics print it: relative to the project, with forward slashes. */
    public String display(Path p) {
        return root.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    public boolean exists(String relative) {
        return Files.exists(root.resolve(relative), LinkOption.NOFOLLOW_LINKS);
    }

    /** The size of {@code relative} in bytes, or 0 when it cannot be read (read() then says why). */
    public long size(String relative) {
        try {
            return Files.size(root.resolve(relative));
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Reads {@code relative} as UTF-8 text (a byte-order mark is dropped, CRLF kept as written).
     * Returns null, with an error reported at {@code blame}, when it is missing, outside the
     * project, too large or not UTF-8.
     */
    public String read(String relative, Pos blame, Diagnostics out) {
        Path p = root.resolve(relative).normalize();
        String shown = relative.replace('\\', '/');
        if (!p.startsWith(root)) {
            out.error(blame, "'" + shown + "' points outside the project", "name a file inside the project folder");
            return null;
        }
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            out.error(blame, "file not found: " + shown, "create it, or check the name for typos");
            return null;
        }
        try {
            Path real;
            try {
                real = p.toRealPath();
            } catch (NoSuchFileException e) {
                out.error(blame, "'" + shown + "' is a link to a file that does not exist",
                        "replace the link with the file itself");
                return null;
            }
            if (!real.startsWith(realRoot)) {
                out.error(blame, "'" + shown + "' is a link to a file outside the project",
                        "copy the file into the project instead of linking to it");
                return null;
            }
            if (!Files.isRegularFile(p)) {
                out.error(blame, "'" + shown + "' is not a file", "name a text file");
                return null;
            }
            long size = Files.size(p);
            if (size > MAX_BYTES) {
                out.error(blame, shown + " is too large (" + size / 1024 + " KB)",
                        "content and article files are limited to " + MAX_BYTES / 1024 / 1024 + " MB; split it or trim it");
                return null;
            }
            return decode(Files.readAllBytes(p), shown, blame, out);
        } catch (IOException e) {
            out.error(blame, "cannot read " + shown + ": " + e.getMessage(), "check the file's permissions");
            return null;
        }
    }

    private static String decode(byte[] bytes, String shown, Pos blame, Diagnostics out) {
        // The JDK's own decoding is twice as fast as a decoder's, but replaces what is not UTF-8 with
        // U+FFFD; text without one is valid as it stands, and text with one is decoded again strictly.
        String fast = new String(bytes, StandardCharsets.UTF_8);
        String s = fast.indexOf('\uFFFD') < 0 ? fast : strictly(bytes, shown, blame, out);
        return s == null || !s.startsWith("\uFEFF") ? s : s.substring(1);
    }

    /** The text decoded by a decoder that reports what is not UTF-8, or null with that reported at its first bad byte. */
    private static String strictly(byte[] bytes, String shown, Pos blame, Diagnostics out) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return d.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            int at = firstBadByte(bytes);
            int line = 1;
            for (int i = 0; i < at; i++) if (bytes[i] == '\n') line++;
            int lineStart = at;
            while (lineStart > 0 && bytes[lineStart - 1] != '\n') lineStart--;
            int col = new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8).length() + 1;
            out.error(new Pos(shown, line, col), String.format(Locale.ROOT, "the file is not UTF-8 text (byte 0x%02X)", bytes[at] & 0xff),
                    "save it as UTF-8: in your editor's 'Save as', choose the encoding UTF-8");
            return null;
        } catch (CharacterCodingException e) {
            out.error(blame, shown + " is not UTF-8 text", "save it as UTF-8: in your editor's 'Save as', choose the encoding UTF-8");
            return null;
        }
    }

    private static int firstBadByte(byte[] b) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        int lo = 0, hi = b.length;
        // Binary search for the shortest prefix that fails to decode.
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            try {
                d.reset().decode(ByteBuffer.wrap(b, 0, mid + 1));
                lo = mid + 1;
            } catch (CharacterCodingException e) {
                hi = mid;
            }
        }
        return Math.min(lo, b.length - 1);
    }
}
