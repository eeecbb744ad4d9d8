package dev.explainer.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Fixture projects for tests: the shipped explainer, the small second one, copies to break. */
public final class Projects {
    /** The repository itself: the Belarus explainer. */
    public static final Path MAIN = Path.of(".").toAbsolutePath().normalize();
    /** A small explainer about an invented event, with its own articles and no templates. */
    public static final Path HARBOUR = Path.of("src/test/resources/sites/harbour-fire").toAbsolutePath();

    private Projects() {}

    /** Copies content/ and seeds/ of a project into {@code dir}, so a test can change them. */
    public static Path copy(Path project, Path dir) {
        for (String sub : new String[]{"content", "seeds"}) copyTree(project.resolve(sub), dir.resolve(sub));
        return dir;
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes {@code to} an exact copy of {@code from}, removing what {@code from} lacks. */
    public static void replaceTree(Path from, Path to) {
        try {
            if (Files.exists(to)) {
                try (Stream<Path> walk = Files.walk(to)) {
                    for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        copyTree(from, to);
    }

    /** Every file under dir, by relative path, with a digest of its bytes. */
    public static Map<String, String> digest(Path dir) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                out.put(dir.relativize(p).toString().replace('\\', '/'), HexFormat.of().formatHex(md.digest(Files.readAllBytes(p))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** Replaces the first occurrence of {@code from} in a file, failing when it is not there. */
    public static void edit(Path file, String from, String to) {
        try {
            String s = Files.readString(file);
            if (!s.contains(from)) throw new AssertionError(file + " does not contain: " + from);
            Files.writeString(file, s.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
