package dev.explainer.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Writes every file of a site into a fresh folder beside the target, then swaps it in with renames,
 * so readers of the target (a browser, the preview server, a deploy) never see a half-written or
 * mixed site, and a failure leaves the previous site as it was.
 *
 * <p>The folders beside the target carry the id of the process that made them
 * ({@code .site.new-<pid>-<n>} while a site is written, {@code .site.old-<pid>-<n>} for the site it
 * replaced, until that is deleted), so that the next build can tell the folders of one that was
 * killed from those of one still running, and delete them.
 */
public final class SiteWriter {
    /** Deleting this many files or more is shared among {@link #DELETING_THREADS} threads. */
    static final int DELETE_IN_PARALLEL_FROM = 64;
    // Deleting a file waits for the disk more than it uses a core: on an ext4 mounted with
    // `discard` (as on the machine of docs/performance.md), each unlink waits for the device to
    // discard the file's blocks, and the 10,000 pages of a large explainer took 3.0-3.4 s to delete
    // one after another (0.7 s of it CPU). Unlinks of files in one folder wait side by side (the
    // kernel discards the blocks after releasing the folder's lock): eight threads took 1.9-2.1 s.
    static final int DELETING_THREADS = 8;

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
        private final Set<Path> folders = new HashSet<>(); // made so far; read and added to under the lock of create
        // Ctrl-C stops the JVM with the build's threads still drawing; this deletes what they wrote.
        private final Thread onExit = new Thread(new Abandon(this), "explainer-abandon-site");
        private boolean committed;
        private boolean abandoned;

        private Staging(Path out, Path parent, Path fresh) {
            this.out = out;
            this.parent = parent;
            this.fresh = fresh;
            folders.add(fresh);
            Runtime.getRuntime().addShutdownHook(onExit);
        }

        /** A record, not a lambda, which a cold JVM would spin a class for at run time. */
        private record Abandon(Staging staging) implements Runnable {
            @Override
            public void run() {
                try {
                    staging.abandon();
                } catch (IOException e) {
                    // Left for the next build, which deletes the folders of processes that have ended.
                }
            }
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
            try {
                deleteAbandoned(out);
            } catch (IOException e) {
                // Only what an earlier build left: this one can still be written, and the next tries again.
            }
            Path fresh = Files.createTempDirectory(parent, prefix(out, "new"));
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
            // One file created at a time; writing them goes on side by side. Creating a file holds
            // its folder's lock in the kernel, and a second thread waiting for it there spins on its
            // core: 1.3 s of CPU in a build of 10,000 sources on an ext4 without a journal, where
            // creating a file can take a millisecond. Waiting here, it parks and leaves the core free.
            synchronized (this) {
                if (abandoned) throw new IOException("the build was stopped");
                return Files.newOutputStream(file(path));
            }
        }

        /**
         * Deletes what was written, unless it was committed, and refuses every file after: for a
         * build stopped by Ctrl-C, from a shutdown hook while its threads may still be drawing.
         */
        public void abandon() throws IOException {
            synchronized (this) {
                if (committed || abandoned) return;
                abandoned = true;
            }
            // Files still open are written to nothing once their names are gone.
            delete(fresh);
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

        /** Replaces the target with the files written so far, and deletes the site it replaced. */
        public void commit() throws IOException {
            Path old = swap();
            if (old != null) delete(old);
        }

        /**
         * Replaces the target with the files written so far, and returns the site it replaced, moved
         * aside to a hidden folder beside it, for the caller to delete (null when there was none).
         * Left there, it is deleted by the first build after this process has ended.
         */
        public synchronized Path swap() throws IOException {
            if (abandoned) throw new IOException("the build was stopped");
            Path old = null;
            if (Files.exists(out)) {
                old = parent.resolve(prefix(out, "old") + Long.toHexString(System.nanoTime()));
                Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(fresh, out, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (old != null) Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
                throw e;
            }
            committed = true;
            return old;
        }

        /** Deletes the files written, unless they were committed. */
        @Override
        public void close() throws IOException {
            try {
                Runtime.getRuntime().removeShutdownHook(onExit);
            } catch (IllegalStateException e) {
                // The JVM is stopping, and the hook is deleting the folder (or has).
            }
            abandon();
        }
    }

    /** "{@code .site.new-<pid>-}": how the names of {@code target}'s folders of one kind, made by this process, begin. */
    private static String prefix(Path target, String kind) {
        return "." + target.getFileName() + "." + kind + "-" + ProcessHandle.current().pid() + "-";
    }

    /**
     * Deletes the folders beside {@code target} that a build killed before it finished left there:
     * a site half written, or the site it replaced. Those of a process still running are its own
     * business and stay.
     */
    static void deleteAbandoned(Path target) throws IOException {
        String name = "." + target.getFileName() + ".";
        List<Path> abandoned;
        try (Stream<Path> beside = Files.list(target.getParent())) {
            abandoned = beside.filter(p -> {
                String n = p.getFileName().toString();
                if (!n.startsWith(name + "new-") && !n.startsWith(name + "old-")) return false;
                return Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !running(n.substring(name.length() + "new-".length()));
            }).toList();
        }
        for (Path p : abandoned) delete(p);
    }

    /** Whether the process whose id begins {@code idAndRest} ("1234-5678") is running. */
    private static boolean running(String idAndRest) {
        int dash = idAndRest.indexOf('-');
        try {
            long pid = Long.parseLong(dash < 0 ? idAndRest : idAndRest.substring(0, dash));
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false; // not a name this class makes: left by an earlier version, which named no process
        }
    }

    /**
     * Deletes {@code dir} and everything in it (links themselves, not what they point to); nothing
     * happens when it does not exist. Many files are deleted on several threads.
     */
    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        List<Path> files = new ArrayList<>();
        List<Path> folders = new ArrayList<>(); // each after everything in it
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                files.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                if (exc != null) throw exc;
                folders.add(d);
                return FileVisitResult.CONTINUE;
            }
        });
        if (files.size() < DELETE_IN_PARALLEL_FROM) {
            for (Path f : files) Files.delete(f);
        } else {
            deleteInParallel(files);
        }
        for (Path d : folders) Files.delete(d);
    }

    private static void deleteInParallel(List<Path> files) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(DELETING_THREADS, r -> {
            Thread t = new Thread(r, "explainer-delete");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> parts = new ArrayList<>();
            int size = (files.size() + DELETING_THREADS - 1) / DELETING_THREADS;
            for (int from = 0; from < files.size(); from += size) {
                List<Path> part = files.subList(from, Math.min(files.size(), from + size));
                parts.add(pool.submit(() -> {
                    for (Path f : part) Files.delete(f);
                    return null;
                }));
            }
            for (Future<?> part : parts) part.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while deleting " + files.get(0).getParent());
        } finally {
            pool.shutdownNow();
        }
    }
}
