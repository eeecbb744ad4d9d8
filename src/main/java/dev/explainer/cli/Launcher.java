package dev.explainer.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The jar's entry point. A build is a short batch job, and the JVM's defaults suit long-running
 * servers: on a two-core machine the optimising compiler alone costs a cold build of a small
 * explainer most of a second, G1 lets a large build's heap grow to three times what it uses, and
 * every class is loaded and verified from the jar afresh. So {@code java -jar explainer.jar build}
 * runs the build in a second JVM started with settings for the job (what {@code mvnw} or a launcher
 * script would otherwise set), and exits with its exit code:
 *
 * <ul>
 * <li>{@code -XX:+UseSerialGC}: the heap stays near what the build uses; for {@code build} and
 *     {@code check} of an explainer over about 32 MB, the parallel collector instead, held to a heap
 *     as small and promoting objects at their first collection, since nearly all that survive one
 *     live to the end (see {@link #largeBatchCollector});
 * <li>{@code -XX:TieredStopAtLevel=1} for {@code build} and {@code check} of an explainer whose
 *     content and articles are under {@link #SMALL_PROJECT_BYTES}: the quick compiler only (a large
 *     build runs long enough for the optimising one to pay, and it is told to inline less, which
 *     cuts its work by about a third, and to compile a method only after twice the usual number
 *     of calls);
 * <li>for an explainer of more than about 32 MB, an initial heap near what its build keeps
 *     ({@link #HEAP_PER_BYTE} per byte), which spares it the full collections of a growing heap;
 * <li>a class-data sharing archive of the classes a build loads, made by the first {@code build} or
 *     {@code check} after the jar changes (as JDK 19's {@code -XX:+AutoCreateSharedArchive} would),
 *     one for each JVM that runs the jar, and kept beside the jar, or in {@code ~/.cache/explainer}
 *     when that folder cannot be written.
 * </ul>
 *
 * <p>Every JVM option given on the command line goes to the second JVM too, and one given for any of
 * these settings replaces ours (one that records an archive, {@code -XX:ArchiveClassesAtExit}, keeps
 * the run in one JVM). {@code -Dexplainer.fork=false} runs everything in the first
 * JVM, as do {@code new}, {@code bench}, help and version, which gain nothing from it. The second
 * JVM shares the terminal, so progress, colours and Ctrl-C work as in one.
 */
public final class Launcher {
    /** Set in the second JVM, so that it runs the command instead of starting a third. */
    static final String LAUNCHED = "explainer.launched";
    /** {@code -Dexplainer.fork=false} keeps everything in the JVM the user started. */
    public static final String FORK = "explainer.fork";
    /**
     * Up to this much text in content/ and seeds/ (about 4,000 sources), the quick compiler alone is
     * faster: C1 alone took 4.2 s against 6.9 s at 1,000 sources (12 MB), 10.2–10.5 s against
     * 10.8–11.4 s at 3,000 (35 MB), and 27.8 s against 22.1 s at 10,000 (114 MB).
     */
    static final long SMALL_PROJECT_BYTES = 48L << 20;
    /** How large a method called often may be for the optimising compiler to inline it, in a large build (the JVM's default is 325 bytes). */
    static final int LARGE_BUILD_FREQ_INLINE_SIZE = 100;
    /** A large build's compile thresholds, as a multiple of the JVM's. */
    static final int LARGE_BUILD_COMPILE_THRESHOLD_SCALING = 2;
    /** The initial heap for a large explainer, per byte of its content and articles on disk. */
    static final long HEAP_PER_BYTE = 8;
    /** A large build's collector may take 1 part in (1 + this) of the time before it grows the heap (the JVM's default, 99, is 1 %). */
    static final int LARGE_BUILD_GC_TIME_RATIO = 4;
    /** Below this the JVM's own initial heap (a 64th of the memory) is as good. */
    static final long MIN_INITIAL_HEAP = 256L << 20;

    private Launcher() {
    }

    public static void main(String[] args) {
        Optional<List<String>> command = command(args);
        if (command.isEmpty()) {
            Main.main(args);
            return;
        }
        System.exit(run(command.get()));
    }

    /** The command line of the second JVM, or empty to run here. */
    static Optional<List<String>> command(String[] args) {
        if (System.getProperty(LAUNCHED) != null || "false".equals(System.getProperty(FORK))) return Optional.empty();
        String classPath = System.getProperty("java.class.path", "");
        if (!classPath.endsWith(".jar") || classPath.contains(File.pathSeparator)) return Optional.empty();
        Optional<String[]> started = ProcessHandle.current().info().arguments();
        if (started.isEmpty()) return Optional.empty();
        return command(args, List.of(started.get()), classPath, Path.of(System.getProperty("java.home"), "bin", "java"));
    }

    /**
     * The second JVM's command line for {@code args}, given how the first was {@code started} (its
     * arguments after {@code java}), its class path and the {@code java} to run; empty to run here.
     */
    static Optional<List<String>> command(String[] args, List<String> started, String classPath, Path java) {
        if (args.length == 0 || !List.of("build", "check", "serve").contains(args[0])) return Optional.empty();
        for (String a : args) if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) return Optional.empty();
        List<String> jvmOptions = jvmOptions(started, classPath);
        // An archive asked for by hand records the classes of the JVM it was given to, and both
        // JVMs would write it at their exit, this one last: so that run stays in one JVM.
        if (jvmOptions == null || !none(jvmOptions, "-XX:ArchiveClassesAtExit", "-Xshare:dump")) return Optional.empty();
        Path jar = Path.of(classPath).toAbsolutePath();

        List<String> c = new ArrayList<>();
        c.add(java.toString());
        c.addAll(jvmOptions);
        boolean batch = !args[0].equals("serve");
        long bytes = projectBytes(project(args));
        long heap = HEAP_PER_BYTE * bytes;
        boolean largeBatch = batch && heap > MIN_INITIAL_HEAP;
        if (!choosesCollector(jvmOptions)) c.addAll(largeBatch ? largeBatchCollector(jvmOptions) : List.of("-XX:+UseSerialGC"));
        boolean compilerGiven = !none(jvmOptions, "-XX:TieredStopAtLevel", "-XX:-TieredCompilation", "-XX:+TieredCompilation", "-Xint", "-Xcomp");
        if (batch && !compilerGiven) {
            if (bytes < SMALL_PROJECT_BYTES) {
                c.add("-XX:TieredStopAtLevel=1");
            } else {
                // A large build's optimising compiler holds one of two cores for most of the build;
                // inlining less of what is called often cuts its work by about a third (at 10,000
                // sources, 18 s of compiling down to 13 s) and the build is about 8 % faster for it.
                if (none(jvmOptions, "-XX:FreqInlineSize", "-XX:MaxInlineSize", "-XX:InlineSmallCode", "-XX:MaxInlineLevel")) {
                    c.add("-XX:FreqInlineSize=" + LARGE_BUILD_FREQ_INLINE_SIZE);
                }
                // Compiling later leaves the compilers the methods that stay hot rather than every one
                // a phase runs for a while: about 3 % less CPU at 10,000 sources (twelfth round).
                if (none(jvmOptions, "-XX:CompileThresholdScaling")) {
                    c.add("-XX:CompileThresholdScaling=" + LARGE_BUILD_COMPILE_THRESHOLD_SCALING);
                }
            }
        }
        // A large explainer keeps most of what it loads until the pages are written (about six times
        // its size on disk): a heap that starts near that size spares the build the full collections
        // of a heap grown step by step (at 10,000 sources, two seconds of thirty).
        if (heap > MIN_INITIAL_HEAP && none(jvmOptions, "-Xms", "-Xmx", "-XX:InitialHeapSize", "-XX:MaxHeapSize", "-XX:MaxRAM")) {
            c.add("-Xms" + (heap >> 20) + "m");
        }
        if (none(jvmOptions, "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-Xshare")) c.addAll(archiveOptions(jar, batch));
        c.add("-D" + LAUNCHED + "=true");
        c.add("-cp");
        c.add(jar.toString());
        c.add(Main.class.getName());
        c.addAll(List.of(args));
        return Optional.of(c);
    }

    /**
     * The JVM options the user gave, before {@code -jar}; null when the command line is not the plain
     * {@code java [options] -jar explainer.jar ...}, so the first JVM had better do the work itself.
     */
    static List<String> jvmOptions(List<String> started, String classPath) {
        int jar = started.indexOf("-jar");
        if (jar < 0 || jar + 1 >= started.size() || !started.get(jar + 1).equals(classPath)) return null;
        List<String> options = started.subList(0, jar);
        for (String o : options) {
            // An argument file, or an option that takes a separate value, is not worth parsing here.
            if (o.startsWith("@") || !o.startsWith("-") || o.equals("-cp") || o.equals("-classpath") || o.startsWith("--")) return null;
        }
        return List.copyOf(options);
    }

    /**
     * The collector of a large build or check. On two cores the serial collector leaves one idle
     * while it copies, and such a build copies a lot: the parallel one, with two threads, paused the
     * build of 10,000 sources for 0.85 s in all instead of 1.39 s. Left to itself it grows the heap
     * to keep collecting under 1 % of the time (past 2 GB there), so it is told that a fifth is
     * acceptable and to keep 10-30 % of the heap free after a collection (830 MB, as with the serial one).
     * What such a build parses stays until its pages are written, so it is promoted at its first
     * collection rather than copied once more in a survivor space. The preview keeps the serial
     * collector: each of its rebuilds leaves garbage that would fill the old generation.
     */
    private static List<String> largeBatchCollector(List<String> jvmOptions) {
        List<String> c = new ArrayList<>(List.of("-XX:+UseParallelGC"));
        if (none(jvmOptions, "-XX:MaxTenuringThreshold", "-XX:InitialTenuringThreshold")) {
            c.addAll(List.of("-XX:InitialTenuringThreshold=0", "-XX:MaxTenuringThreshold=0"));
        }
        if (none(jvmOptions, "-XX:GCTimeRatio")) c.add("-XX:GCTimeRatio=" + LARGE_BUILD_GC_TIME_RATIO);
        if (none(jvmOptions, "-XX:MinHeapFreeRatio", "-XX:MaxHeapFreeRatio")) {
            c.addAll(List.of("-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30"));
        }
        return c;
    }

    /** Whether the options pick a collector ({@code -XX:+UseG1GC}, {@code -XX:-UseSerialGC}...). */
    private static boolean choosesCollector(List<String> options) {
        for (String o : options) if ((o.startsWith("-XX:+Use") || o.startsWith("-XX:-Use")) && o.endsWith("GC")) return true;
        return false;
    }

    private static boolean none(List<String> options, String... prefixes) {
        for (String o : options) for (String p : prefixes) if (o.startsWith(p)) return false;
        return true;
    }

    /** The folder given with -C or --project, else the current one. */
    static Path project(String[] args) {
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if ((a.equals("-C") || a.equals("--project")) && i + 1 < args.length) return Path.of(args[i + 1]);
            if (a.startsWith("--project=")) return Path.of(a.substring("--project=".length()));
            if (a.startsWith("-C") && a.length() > 2) return Path.of(a.substring(a.startsWith("-C=") ? 3 : 2));
        }
        return Path.of(".");
    }

    /**
     * The size of the explainer's content and articles. Plain {@code java.io}: the launcher runs
     * before every build, and in a cold JVM a stream over {@code Files.walk} took 25 ms of it.
     */
    static long projectBytes(Path project) {
        return bytes(project.resolve("content").toFile(), 2) + bytes(project.resolve("seeds").toFile(), 2);
    }

    /** The size of the files in {@code folder} and, {@code depth} levels down, in its folders; 0 when it is not a folder. */
    private static long bytes(File folder, int depth) {
        File[] files = folder.listFiles();
        if (files == null) return 0;
        long total = 0;
        for (File f : files) {
            if (f.isFile()) total += f.length();
            else if (depth > 1 && f.isDirectory()) total += bytes(f, depth - 1);
        }
        return total;
    }

    // --- the class-data sharing archive ---------------------------------------------------------------

    /** Options that use the jar's archive, or record one at exit when there is none yet and this is a batch command. */
    static List<String> archiveOptions(Path jar, boolean batch) {
        Path archive = archive(jar);
        if (archive == null) return List.of();
        // The JVM checks the archive against the jar itself and ignores it, with a warning we hide, if they differ.
        if (archive.toFile().isFile()) return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        if (!batch) return List.of();
        return List.of("-XX:ArchiveClassesAtExit=" + pending(archive), "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /**
     * Where the archive for this jar and this JVM lives: named after the jar's size and time, so that
     * a new jar gets a new archive, and after the JVM, whose archives no other JVM can use (it would
     * ignore one silently, and every build would run without). Null when neither the jar's folder nor
     * the cache folder can be written.
     */
    static Path archive(Path jar) {
        return archive(jar, System.getProperty("java.home") + " " + System.getProperty("java.vm.version"));
    }

    /** Where the archive for this jar and the JVM that {@code jvm} names lives. */
    static Path archive(Path jar, String jvm) {
        // java.io and concatenation rather than Files and String.format, like projectBytes: the
        // launcher runs before every build, and in a cold JVM every first use of a library costs it.
        File jarFile = jar.toFile();
        if (!jarFile.isFile()) return null;
        String base = jarFile.getName();
        if (base.endsWith(".jar")) base = base.substring(0, base.length() - ".jar".length());
        String name = base + "-" + Long.toHexString(jarFile.length()) + "-" + Long.toHexString(jarFile.lastModified())
                + "-" + Integer.toHexString(jvm.hashCode()) + ".jsa";
        List<Path> folders = new ArrayList<>();
        if (jar.getParent() != null) folders.add(jar.getParent());
        folders.add(Path.of(System.getProperty("user.home"), ".cache", "explainer"));
        for (Path folder : folders) {
            Path archive = folder.resolve(name);
            if (archive.toFile().isFile()) return archive;
        }
        for (Path folder : folders) {
            File f = folder.toFile();
            f.mkdirs();
            if (f.isDirectory() && f.canWrite()) return folder.resolve(name);
        }
        return null;
    }

    /** The file the second JVM writes the archive to; renamed into place only once it is complete. */
    static Path pending(Path archive) {
        return archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    }

    /** Puts a freshly written archive in place, and removes the archives of earlier jars, for any JVM. */
    static void settle(Path archive) {
        Path pending = pending(archive);
        if (!Files.isRegularFile(pending)) return;
        try {
            try {
                Files.move(pending, archive, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(pending, archive, StandardCopyOption.REPLACE_EXISTING);
            }
            String name = archive.getFileName().toString();
            String thisJar = name.replaceFirst("[0-9a-f]+\\.jsa$", ""); // up to the JVM's part
            String anyJar = name.replaceFirst("-[0-9a-f]+-[0-9a-f]+-[0-9a-f]+\\.jsa$", "-");
            try (DirectoryStream<Path> old = Files.newDirectoryStream(archive.getParent(), anyJar + "*.jsa")) {
                for (Path p : old) if (!p.getFileName().toString().startsWith(thisJar)) Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Without an archive the next build is only slower; it will try again.
        } finally {
            discard(pending);
        }
    }

    private static void discard(Path pending) {
        try {
            Files.deleteIfExists(pending);
        } catch (IOException e) {
            // a leftover temporary file beside the jar, ignored by every later run
        }
    }

    // --- running it -----------------------------------------------------------------------------------

    /**
     * Stops the second JVM when this one is stopped. A class, not a lambda, which a cold JVM would
     * spin a class for at run time, on a core the second JVM is starting on.
     */
    private record Stop(Process child) implements Runnable {
        @Override
        public void run() {
            child.destroy();
            try {
                child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int run(List<String> command) {
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            // Not able to start a JVM (no such file, too little memory): do the work here instead.
            Main.main(command.subList(command.indexOf(Main.class.getName()) + 1, command.size()).toArray(String[]::new));
            return Main.OK;
        }
        // Ctrl-C reaches both JVMs, and the second shuts down by itself; a kill of this one alone is passed on.
        Thread stop = new Thread(new Stop(child), "explainer-launcher-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        int exit;
        while (true) {
            try {
                exit = child.waitFor();
                break;
            } catch (InterruptedException e) {
                // keep waiting: the second JVM decides when the command is done
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException e) {
            // This JVM is already shutting down (it was sent a signal); the hook has waited for the child.
        }
        for (String o : command) {
            if (!o.startsWith("-XX:ArchiveClassesAtExit=")) continue;
            Path archive = Path.of(o.substring("-XX:ArchiveClassesAtExit=".length()).replaceFirst("\\.\\d+\\.tmp$", ""));
            // Only a build that ran to its end has loaded every class a build needs.
            if (exit == Main.OK) settle(archive);
            else discard(pending(archive));
        }
        return exit;
    }
}
