package dev.explainer.preview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Maps a request path to a file of the built site, refusing everything the JDK's SimpleFileServer
 * refuses and a little more: dot segments and hidden files, encoded slashes, backslashes and NUL,
 * symbolic links (the builder never writes any, so one is someone else's doing), and anything that
 * is not a regular file. A folder serves its {@code index.html}; {@code /x} serves {@code x.html}.
 */
final class SitePaths {
    /** What a request path names. */
    sealed interface Lookup permits Found, Redirect, Missing {}

    record Found(Path file) implements Lookup {}

    /** A folder asked for without its trailing slash: relative links inside it need the slash. */
    record Redirect(String location) implements Lookup {}

    record Missing() implements Lookup {}

    private static final Missing MISSING = new Missing();

    private final Path root;

    SitePaths(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * Looks up {@code rawPath} (still percent-encoded, as sent). {@code mount} is the path the site
     * is published under ("/repo/"): the site's own 404 page links from there, so a request under
     * it is served as if from the root.
     */
    Lookup resolve(String rawPath, String mount) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.indexOf('\\') >= 0) return MISSING;
        String lower = rawPath.toLowerCase(Locale.ROOT);
        // Encoded separators and NUL never name a file of ours; decoding them would hide a traversal.
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")) return MISSING;
        String path = decode(rawPath);
        if (path == null || path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0) return MISSING;
        if (mount != null && mount.length() > 1) {
            if (path.equals(mount.substring(0, mount.length() - 1))) return new Redirect(rawPath + "/");
            if (path.startsWith(mount)) path = path.substring(mount.length() - 1);
        }
        boolean folder = path.endsWith("/");
        String[] segments = path.substring(1).split("/", -1);
        int count = folder ? segments.length - 1 : segments.length;
        for (int i = 0; i < count; i++) {
            // Empty, ".", ".." and hidden names alike: the site has no such files to serve.
            if (segments[i].isEmpty() || segments[i].startsWith(".")) return MISSING;
        }
        try {
            if (!Files.isDirectory(root)) return MISSING;
            Path realRoot = root.toRealPath();
            Path p = realRoot;
            for (int i = 0; i < count; i++) {
                p = p.resolve(segments[i]);
                if (Files.isSymbolicLink(p)) return MISSING;
            }
            if (!p.normalize().startsWith(realRoot)) return MISSING;
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                if (!folder) return new Redirect(rawPath + "/");
                return regular(p.resolve("index.html"), realRoot);
            }
            if (folder) return MISSING;
            Lookup exact = regular(p, realRoot);
            if (exact instanceof Found) return exact;
            return p.getFileName() == null ? MISSING : regular(p.resolveSibling(p.getFileName() + ".html"), realRoot);
        } catch (IOException e) {
            return MISSING;
        }
    }

    private static Lookup regular(Path p, Path realRoot) throws IOException {
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) return MISSING;
        // Belt and braces: whatever the checks above missed, the file must really be inside.
        return p.toRealPath().startsWith(realRoot) ? new Found(p) : MISSING;
    }

    /** Strict percent-decoding: '+' stays '+', and a malformed escape or invalid UTF-8 is refused. */
    static String decode(String raw) {
        if (raw.indexOf('%') < 0) return raw;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) return null;
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) return null;
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                int cp = raw.codePointAt(i);
                byte[] b = Character.toString(cp).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
                i += Character.charCount(cp) - 1;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
