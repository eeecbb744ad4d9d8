package dev.explainer.output;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes every file of a site into a fresh folder beside the target, then swaps it in with renames,
 * so readers of the target (a browser, the preview server, a deploy) never see a half-written or
 * mixed site, and a failure leaves the previous site as it was.
 */
public final class SiteWriter {
    private SiteWriter() {}

    public static void write(Path target, Map<String, byte[]> files) throws IOException {
        Path out = target.toAbsolutePath().normalize();
        Path parent = out.getParent();
        if (parent == null) throw new IOException("cannot write a site to the file-system root");
        if (Files.exists(out) && !Files.isDirectory(out)) throw new IOException(out + " exists but is not a directory");
        if (Files.isDirectory(out.resolve("content")) || Files.exists(out.resolve("pom.xml"))) {
            throw new IOException(out + " looks like a project folder, not a built site; choose another output folder");
        }
        Files.createDirectories(parent);
        Path fresh = Files.createTempDirectory(parent, "." + out.getFileName() + ".new-");
        try {
            SortedMap<String, byte[]> sorted = new TreeMap<>(files);
            for (Map.Entry<String, byte[]> e : sorted.entrySet()) {
                Path p = fresh.resolve(e.getKey()).normalize();
                if (!p.startsWith(fresh)) throw new IOException("refusing to write outside the site: " + e.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, e.getValue());
            }
        } catch (IOException | RuntimeException e) {
            delete(fresh);
            throw e;
        }
        Path old = null;
        if (Files.exists(out)) {
            old = parent.resolve("." + out.getFileName() + ".old-" + Long.toHexString(System.nanoTime()));
            Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(fresh, out, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null) Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
            delete(fresh);
            throw e;
        }
        if (old != null) delete(old);
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
