package dev.explainer.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * A small explainer (a lighthouse relit, two reports) copied into a temporary folder, so tests can
 * edit its files freely. It has a contested fact, a single-source fact, prose and one warning.
 */
final class Fixture {
    private Fixture() {}

    /** Copies the fixture project into {@code dir} and returns {@code dir}. */
    static Path copyTo(Path dir) {
        try {
            Path from = Path.of(Fixture.class.getResource("lighthouse").toURI());
            try (Stream<Path> files = Files.walk(from)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Path to = dir.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(to);
                    else Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces {@code from} with {@code to} in a project file, failing when {@code from} is not there. */
    static void edit(Path project, String file, String from, String to) {
        try {
            Path p = project.resolve(file);
            String text = Files.readString(p);
            if (!text.contains(from)) throw new AssertionError(file + " does not contain '" + from + "'");
            Files.writeString(p, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
