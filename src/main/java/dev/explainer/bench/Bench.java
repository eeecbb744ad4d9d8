package dev.explainer.bench;

import dev.explainer.output.SiteWriter;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The benchmark behind {@code explainer bench}. It times, as a reader of the table would run them:
 * <ol>
 * <li>a cold build of the project as a whole process: through {@code java -jar} as a user runs it
 * (the launcher's second JVM with its settings and archive), with an archive given by hand, in
 * one JVM with the JVM's own settings (with and without an archive), and through Maven;</li>
 * <li>the preview's rebuild after one YAML edit, in {@code serve} run through the jar as a writer
 * runs it;</li>
 * <li>full builds of synthetic explainers of each size in a fresh JVM, beside Hugo on an equivalent
 * site in the same run when {@code hugo} is on the PATH, with pages per second and peak memory.</li>
 * </ol>
 * Runs alternate between the explainer and Hugo, so that other load on the machine falls on both.
 * Every number is a median of the runs; peak memory is the child process's maximum resident set.
 */
public final class Bench {
    /**
     * What to run. {@code jar} is the runnable jar to time; {@code work} holds the corpora, the sites
     * and the CDS archive between runs; sizes are the synthetic explainers' numbers of sources.
     */
    public record Settings(Path project, Path jar, Path work, int runs, int mavenRuns, int syntheticRuns,
                           List<Integer> sizes, int edits, boolean hugo) {}

    /** One line of the table: a median over {@code runs}; {@code hugo} is the matching Hugo row's median, or 0. */
    public record Row(String what, String how, int runs, double seconds, int pages, long peakKb, double hugo) {
        double pagesPerSecond() {
            return pages == 0 ? 0 : pages / seconds;
        }
    }

    /** Everything in the JVM that {@code java} starts, with the JVM's own settings: the build as it ran before the launcher. */
    public static final List<String> ONE_JVM = List.of("-D" + dev.explainer.cli.Launcher.FORK + "=false");

    private final Settings s;
    private final PrintWriter out;
    private final List<Row> rows = new ArrayList<>();
    private final Path javaCommand = Path.of(System.getProperty("java.home"), "bin", "java");

    public Bench(Settings settings, PrintWriter out) {
        this.s = settings;
        this.out = out;
    }

    /** Runs everything, printing each row as it is measured, then the table. Returns the rows. */
    public List<Row> run() throws IOException, InterruptedException {
        Files.createDirectories(s.work());
        out.println(machine());
        out.println();
        first();
        cold();
        preview(s.project(), "this project");
        for (int n : s.sizes()) synthetic(n);
        for (int n : s.sizes()) {
            if (n <= 1000) preview(s.work().resolve("synthetic-" + n), String.format(Locale.ROOT, "synthetic %,d", n));
        }
        out.println();
        out.println(table(rows));
        out.println(load());
        out.flush();
        return rows;
    }

    // --- 1. cold builds of the project -------------------------------------------------------------

    /**
     * One build before anything is timed: the first build after the jar changes records the
     * launcher's archive (slower, and larger in memory), and every row is about the builds after it.
     */
    private void first() throws IOException, InterruptedException {
        Path site = s.work().resolve("cold-site");
        List<String> command = jvm(List.of(), projectBuild(site));
        SiteWriter.delete(site);
        Run r = time(command, s.work().resolve("run.log"));
        if (r.exit() != 0) {
            out.println("  (the first build of " + s.project() + " failed, see " + s.work().resolve("run.log")
                    + "; the first timed build may record the launcher's archive)");
        } else {
            out.printf(Locale.ROOT, "  (the first build, which may record the launcher's archive: %s, %s)%n", duration(r.seconds()), memory(r.peakKb()));
        }
        out.flush();
    }

    /** The arguments of a quiet build of the project into {@code site}. */
    private List<String> projectBuild(Path site) {
        return List.of("build", "-q", "-C", s.project().toString(), "-o", site.toString());
    }

    private void cold() throws IOException, InterruptedException {
        if (s.runs() <= 0) return;
        Path site = s.work().resolve("cold-site");
        List<String> build = projectBuild(site);
        String what = "cold build, this project";
        measure(what, "java -jar", s.runs(), site, jvm(List.of(), build));
        measure(what, "java -XX:SharedArchiveFile=… -jar", s.runs(), site, jvm(withArchive(List.of()), build));
        measure(what, "one JVM, JVM defaults", s.runs(), site, jvm(ONE_JVM, build));
        measure(what, "one JVM, JVM defaults, CDS", s.runs(), site, jvm(withArchive(ONE_JVM), build));
        if (s.mavenRuns() > 0 && Files.exists(s.project().resolve("pom.xml"))) {
            Optional<Path> mvn = onPath("mvn");
            if (mvn.isPresent()) {
                measure(what, "mvn -q compile exec:java", s.mavenRuns(), site,
                        List.of(mvn.get().toString(), "-q", "compile", "exec:java",
                                "-Dexec.args=build -q -o " + site.toAbsolutePath()));
            }
        }
    }

    /**
     * The class-data sharing archive beside the jar ({@code explainer.jsa}), made by one build that
     * records the classes it loads; made again whenever the jar is newer (the JVM ignores an archive
     * made from another jar).
     */
    private Path archive() throws IOException, InterruptedException {
        String name = s.jar().getFileName().toString().replaceFirst("\\.jar$", "") + ".jsa";
        Path archive = s.jar().toAbsolutePath().resolveSibling(name);
        if (Files.exists(archive) && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(s.jar())) > 0) return archive;
        Files.deleteIfExists(archive);
        Path site = s.work().resolve("cds-site");
        Run r = time(jvm(List.of("-XX:ArchiveClassesAtExit=" + archive), projectBuild(site)), s.work().resolve("cds.log"));
        if (r.exit() != 0 || !Files.exists(archive)) throw new IOException("could not make the CDS archive; see " + s.work().resolve("cds.log"));
        return archive;
    }

    // --- 2. the preview's rebuild ------------------------------------------------------------------

    /**
     * Times the preview as a writer uses it: {@code java -jar explainer.jar serve} on a copy of
     * {@code project}, then, once it has served for {@link #BEFORE_FIRST_EDIT} (a writer opening the
     * page and reading it), {@link Settings#edits()} edits of a value in {@code content/facts.yaml},
     * each made once the previous rebuild is done and timed by the preview's own report of it
     * ("rebuilt 11 pages in 52 ms").
     */
    private void preview(Path project, String what) throws IOException, InterruptedException {
        if (s.edits() <= 0) return;
        Path copy = s.work().resolve("preview-project");
        SiteWriter.delete(copy);
        for (String part : List.of("content", "seeds", "templates")) {
            if (Files.isDirectory(project.resolve(part))) copyTree(project.resolve(part), copy.resolve(part));
        }
        Path facts = copy.resolve("content/facts.yaml");
        String original = Files.readString(facts);
        Path site = s.work().resolve("preview-site");
        SiteWriter.delete(site);
        List<String> command = jvm(List.of(), List.of("serve", "--port", "0", "-C", copy.toString(), "-o", site.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) lines.add(l);
            } catch (IOException e) {
                // the preview has stopped
            }
        }, "bench-preview-output");
        reader.setDaemon(true);
        reader.start();
        try {
            awaitLine(lines, "serving ", command);
            Thread.sleep(BEFORE_FIRST_EDIT.toMillis());
            double[] times = new double[s.edits()];
            int pages = 0;
            for (int i = 0; i < s.edits(); i++) {
                Files.writeString(facts, edit(original, i + 1));
                Matcher m = REBUILT.matcher(awaitLine(lines, "rebuilt ", command));
                if (!m.find()) throw new IOException("the preview did not rebuild cleanly after an edit: " + String.join(" ", command));
                pages = Integer.parseInt(m.group(1).replace(",", ""));
                times[i] = rebuildSeconds(m);
                Thread.sleep(BETWEEN_EDITS.toMillis());
            }
            out.printf(Locale.ROOT, "  (%s: the first edit rebuilt in %s, the last in %s)%n", what, duration(times[0]), duration(times[times.length - 1]));
            add(new Row("rebuild after an edit, " + what, "serve (java -jar)", s.edits(), median(times), pages, 0, 0));
        } finally {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) p.destroyForcibly();
        }
    }

    /** How long the preview serves before the first edit: a writer opens the page and reads it first. */
    static final Duration BEFORE_FIRST_EDIT = Duration.ofSeconds(5);
    /** How long after a rebuild the next edit comes: an editor's save takes a moment at least. */
    static final Duration BETWEEN_EDITS = Duration.ofMillis(250);
    /** The preview's report of a rebuild: its pages, and its time in milliseconds (group 2) or, from a second on, seconds (group 3). */
    static final Pattern REBUILT = Pattern.compile("^rebuilt ([\\d,]+) pages in (?:(\\d+) ms|(\\d+\\.\\d+) s) \\(");

    /** The time a {@link #REBUILT} match reports, in seconds. */
    static double rebuildSeconds(Matcher m) {
        return m.group(2) != null ? Long.parseLong(m.group(2)) / 1000.0 : Double.parseDouble(m.group(3));
    }

    /** The next line of the preview's output that starts with {@code start}; a failure on any other error line. */
    private static String awaitLine(BlockingQueue<String> lines, String start, List<String> command) throws IOException, InterruptedException {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < until) {
            String l = lines.poll(1, TimeUnit.SECONDS);
            if (l == null) continue;
            if (l.startsWith(start)) return l;
            if (l.startsWith("error") || l.contains("failed") || l.startsWith("explainer:")) {
                throw new IOException("the preview said '" + l + "': " + String.join(" ", command));
            }
        }
        throw new IOException("the preview did not say '" + start.trim() + "' within five minutes: " + String.join(" ", command));
    }

    /** The facts file with the text of its first fact changed: " (edit n)" added to the value. */
    static String edit(String yaml, int n) {
        Matcher m = Pattern.compile("(?m)^(\\s*-?\\s*text: )(\"?)(.*?)(\"?)$").matcher(yaml);
        while (m.find()) {
            String value = m.group(3);
            if (value.startsWith(">") || value.startsWith("|") || value.startsWith("'") || value.isEmpty()) continue;
            return yaml.substring(0, m.start(3)) + value + " (edit " + n + ")" + yaml.substring(m.end(3));
        }
        return yaml + "\n# edit " + n + "\n";
    }

    // --- 3. synthetic explainers beside Hugo ---------------------------------------------------------

    private void synthetic(int n) throws IOException, InterruptedException {
        Path corpus = s.work().resolve("synthetic-" + n);
        if (!marked(corpus, "explainer " + SyntheticExplainer.VERSION + " " + n)) {
            out.printf(Locale.ROOT, "generating a synthetic explainer of %,d sources...%n", n);
            out.flush();
            SiteWriter.delete(corpus);
            SyntheticExplainer.write(corpus, n);
            mark(corpus, "explainer " + SyntheticExplainer.VERSION + " " + n);
        }
        Optional<Path> hugo = s.hugo() ? onPath("hugo") : Optional.empty();
        Path hugoCorpus = s.work().resolve("hugo-" + n);
        if (hugo.isPresent() && !marked(hugoCorpus, "hugo " + SyntheticExplainer.VERSION + " " + n)) {
            SiteWriter.delete(hugoCorpus);
            HugoCorpus.write(hugoCorpus, n);
            mark(hugoCorpus, "hugo " + SyntheticExplainer.VERSION + " " + n);
        }
        int runs = s.syntheticRuns();
        if (runs <= 0) return; // the corpora are written; nothing to time
        Path site = s.work().resolve("synthetic-" + n + "-site");
        Path hugoSite = s.work().resolve("hugo-" + n + "-site");
        List<String> build = List.of("build", "-q", "-C", corpus.toString(), "-o", site.toString());
        List<List<String>> ours = List.of(jvm(List.of(), build), jvm(ONE_JVM, build));
        List<String> names = List.of("java -jar", "one JVM, JVM defaults");
        List<String> theirs = hugo.map(h -> List.of(h.toString(), "--quiet", "-s", hugoCorpus.toString(), "-d", hugoSite.toString()))
                .orElse(null);
        // The row with the JVM's defaults only shows what the launcher's settings are worth; above
        // 1,000 sources it takes half a minute and 3 GB, so it runs once while the rows that are
        // compared with Hugo run as often as smaller ones (a single pair of builds of 10,000
        // sources varies by a fifth on a shared machine).
        int[] runsOf = new int[ours.size() + 1];
        Arrays.fill(runsOf, runs);
        if (n > 1000) runsOf[1] = 1;
        double[][] times = new double[ours.size() + 1][];
        long[][] peaks = new long[ours.size() + 1][];
        for (int k = 0; k <= ours.size(); k++) {
            times[k] = new double[runsOf[k]];
            peaks[k] = new long[runsOf[k]];
        }
        for (int r = 0; r < runs; r++) {
            for (int k = 0; k <= ours.size(); k++) {
                List<String> command = k < ours.size() ? ours.get(k) : theirs;
                if (command == null || r >= runsOf[k]) continue;
                Path out = k < ours.size() ? site : hugoSite;
                SiteWriter.delete(out);
                Run run = time(command, s.work().resolve("synthetic-" + n + "-" + k + ".log"));
                if (run.exit() != 0) throw new IOException("'" + String.join(" ", command) + "' failed; see the log in " + s.work());
                times[k][r] = run.seconds();
                peaks[k][r] = run.peakKb();
            }
            // Each pair as it comes: a long round shows it is moving, and the spread of the pairs
            // says how far to trust the medians.
            StringBuilder pair = new StringBuilder(String.format(Locale.ROOT, "  (%,d sources, run %d of %d:", n, r + 1, runs));
            for (int k = 0; k <= ours.size(); k++) {
                if (r >= runsOf[k] || (k == ours.size() && theirs == null)) continue;
                pair.append(' ').append(k < ours.size() ? names.get(k) : "hugo").append(' ').append(duration(times[k][r])).append(',');
            }
            pair.setLength(pair.length() - 1);
            out.println(pair.append(')'));
            out.flush();
        }
        double hugoMedian = theirs == null ? 0 : median(times[ours.size()]);
        String label = String.format(Locale.ROOT, "synthetic %,d sources, full build", n);
        for (int k = 0; k < ours.size(); k++) {
            add(new Row(label, names.get(k), runsOf[k], median(times[k]), htmlFiles(site), max(peaks[k]), hugoMedian));
        }
        if (theirs != null) add(new Row(label, "hugo, equivalent site", runs, hugoMedian, htmlFiles(hugoSite), max(peaks[ours.size()]), 0));
    }

    private List<String> withArchive(List<String> options) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + archive()));
        all.addAll(options);
        return all;
    }

    // --- measuring ------------------------------------------------------------------------------------

    private record Run(double seconds, long peakKb, int exit) {}

    private void measure(String what, String how, int runs, Path site, List<String> command) throws IOException, InterruptedException {
        if (runs <= 0) return;
        double[] times = new double[runs];
        long[] peaks = new long[runs];
        for (int i = 0; i < runs; i++) {
            SiteWriter.delete(site);
            Run r = time(command, s.work().resolve("run.log"));
            if (r.exit() != 0) throw new IOException("'" + String.join(" ", command) + "' failed; see " + s.work().resolve("run.log"));
            times[i] = r.seconds();
            peaks[i] = r.peakKb();
        }
        add(new Row(what, how, runs, median(times), htmlFiles(site), max(peaks), 0));
    }

    /**
     * Runs a command to its end, its output to {@code log}, and returns its wall time and peak
     * resident memory: from GNU time when installed, else from the process's {@code VmHWM}, read
     * until it exits.
     */
    private Run time(List<String> command, Path log) throws IOException, InterruptedException {
        settle();
        Path gnuTime = Path.of("/usr/bin/time");
        Path rss = null;
        List<String> full = new ArrayList<>();
        if (Files.isExecutable(gnuTime)) {
            rss = s.work().resolve("rss.txt");
            Files.deleteIfExists(rss);
            full.addAll(List.of(gnuTime.toString(), "-f", "%M", "-o", rss.toString()));
        }
        full.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(full).directory(s.project().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        long start = System.nanoTime();
        Process p = pb.start();
        long peak = 0;
        if (rss == null) {
            Path status = Path.of("/proc", Long.toString(p.pid()), "status");
            while (!p.waitFor(10, TimeUnit.MILLISECONDS)) peak = Math.max(peak, highWater(status));
        }
        int exit = p.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (rss != null && Files.exists(rss)) {
            List<String> lines = Files.readAllLines(rss);
            for (String l : lines) if (l.strip().matches("\\d+")) peak = Long.parseLong(l.strip());
        }
        return new Run(seconds, peak, exit);
    }

    private static long highWater(Path status) {
        try {
            for (String l : Files.readAllLines(status)) {
                if (l.startsWith("VmHWM:")) return Long.parseLong(l.replaceAll("\\D", ""));
            }
        } catch (IOException | RuntimeException e) {
            // the process has just ended
        }
        return 0;
    }

    private List<String> jvm(List<String> options, List<String> args) {
        List<String> c = new ArrayList<>();
        c.add(javaCommand.toString());
        c.addAll(options);
        // Synthetic explainers with thousands of sources have content files far above the writers' cap.
        c.add("-D" + dev.explainer.content.ProjectFiles.MAX_MB_PROPERTY + "=256");
        c.add("-jar");
        c.add(s.jar().toAbsolutePath().toString());
        c.addAll(args);
        return c;
    }

    private void add(Row r) {
        rows.add(r);
        out.println(line(r));
        out.flush();
    }

    // --- the table ---------------------------------------------------------------------------------

    private static final String HEAD = String.format(Locale.ROOT, "%-40s %-30s %4s %9s %7s %8s %9s %8s",
            "case", "how", "runs", "median", "pages", "pages/s", "peak RSS", "vs Hugo");

    /** The rows as a fixed-width table, one line each. */
    public static String table(List<Row> rows) {
        StringBuilder t = new StringBuilder(HEAD).append('\n').append("-".repeat(HEAD.length())).append('\n');
        for (Row r : rows) t.append(line(r)).append('\n');
        return t.toString().stripTrailing();
    }

    /** The rows as a Markdown table, for docs/performance.md. */
    public static String markdown(List<Row> rows) {
        StringBuilder t = new StringBuilder("| case | how | runs | median | pages | pages/s | peak RSS | vs Hugo |\n");
        t.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Row r : rows) {
            t.append("| ").append(r.what()).append(" | ").append(r.how()).append(" | ").append(r.runs()).append(" | ")
                    .append(duration(r.seconds())).append(" | ").append(r.pages() == 0 ? "" : String.format(Locale.ROOT, "%,d", r.pages()))
                    .append(" | ").append(r.pages() == 0 ? "" : String.format(Locale.ROOT, "%,.0f", r.pagesPerSecond()))
                    .append(" | ").append(memory(r.peakKb())).append(" | ").append(versus(r)).append(" |\n");
        }
        return t.toString();
    }

    private static String line(Row r) {
        return String.format(Locale.ROOT, "%-40s %-30s %4d %9s %7s %8s %9s %8s", r.what(), r.how(), r.runs(), duration(r.seconds()),
                r.pages() == 0 ? "" : String.format(Locale.ROOT, "%,d", r.pages()),
                r.pages() == 0 ? "" : String.format(Locale.ROOT, "%,.0f", r.pagesPerSecond()), memory(r.peakKb()), versus(r));
    }

    private static String duration(double seconds) {
        return seconds < 1 ? String.format(Locale.ROOT, "%.0f ms", seconds * 1000) : String.format(Locale.ROOT, "%.2f s", seconds);
    }

    private static String memory(long kb) {
        if (kb <= 0) return "";
        return kb >= 1024 * 1024 ? String.format(Locale.ROOT, "%.2f GB", kb / 1024.0 / 1024) : String.format(Locale.ROOT, "%d MB", kb / 1024);
    }

    private static String versus(Row r) {
        return r.hugo() > 0 ? String.format(Locale.ROOT, "%.2fx", r.seconds() / r.hugo()) : "";
    }

    // --- the machine --------------------------------------------------------------------------------

    private String machine() {
        StringBuilder m = new StringBuilder("explainer bench on ");
        m.append(Runtime.getRuntime().availableProcessors()).append(" cores, ");
        long kb = meminfo("MemTotal");
        if (kb > 0) m.append(String.format(Locale.ROOT, "%.1f GB memory, ", kb / 1024.0 / 1024));
        m.append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.runtime.version"));
        onPath("hugo").ifPresent(h -> m.append(", ").append(firstLine(h, "version")));
        m.append('\n').append(load());
        return m.toString();
    }

    private static String load() {
        double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return l < 0 ? "" : String.format(Locale.ROOT, "load average %.2f (other work on the machine slows every row alike)", l);
    }

    private static long meminfo(String key) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (l.startsWith(key + ":")) return Long.parseLong(l.replaceAll("\\D", ""));
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return 0;
    }

    private static String firstLine(Path program, String arg) {
        try {
            Process p = new ProcessBuilder(program.toString(), arg).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return text.lines().findFirst().orElse("").replaceFirst("\\s*BuildDate.*", "");
        } catch (IOException e) {
            return program.getFileName().toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return program.getFileName().toString();
        }
    }

    /**
     * Writes what is still in the page cache to disk ({@code sync}), before a timed run. The kernel
     * writes files out about 30 s after they were written, on the same two cores: without this, the
     * first build of 10,000 sources shared them with the writing of the corpora just generated (and
     * every build with the writing of the site built before it, Hugo's or ours). True if it ran.
     */
    static boolean settle() throws IOException, InterruptedException {
        Optional<Path> sync = onPath("sync");
        if (sync.isEmpty()) return false;
        Process p = new ProcessBuilder(sync.get().toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor() == 0;
    }

    /** An executable of this name on the PATH. */
    static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        return Arrays.stream(path.split(File.pathSeparator)).map(d -> Path.of(d, name)).filter(Files::isExecutable).findFirst();
    }

    // --- small helpers ----------------------------------------------------------------------------------

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n == 0 ? 0 : n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private static long max(long[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    private static int htmlFiles(Path site) throws IOException {
        if (!Files.isDirectory(site)) return 0;
        try (Stream<Path> files = Files.walk(site)) {
            return (int) files.filter(f -> f.toString().endsWith(".html")).count();
        }
    }

    private static boolean marked(Path dir, String marker) throws IOException {
        Path m = dir.resolve(".bench");
        return Files.exists(m) && Files.readString(m).equals(marker);
    }

    private static void mark(Path dir, String marker) throws IOException {
        Files.writeString(dir.resolve(".bench"), marker);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
