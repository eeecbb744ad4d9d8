package dev.explainer.preview;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures edit-to-reload time the way a proofreader feels it: a copy of a project is served on
 * port 0, one tab listens to the event stream, and the headline in content/event.yaml is edited N
 * times. For each edit it times the save → the reload event every tab receives, and the save → the
 * reloaded page fetched with the new text. A benchmark, not a test: it prints numbers and asserts
 * nothing about them.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.explainer.preview.ReloadBench -Dexec.args=". 40"</pre>
 */
public final class ReloadBench {
    private static final Pattern HEADLINE = Pattern.compile("(?m)^headline: *(.*)$");
    private static final int WARM_UP = 5;

    private ReloadBench() {}

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Path copy = Files.createTempDirectory("explainer-reload-bench");
        try {
            for (String folder : SourceFiles.FOLDERS) copy(source.resolve(folder), copy.resolve(folder));
            run(copy, edits);
        } finally {
            delete(copy);
        }
    }

    private static void run(Path project, int edits) throws Exception {
        PreviewOptions o = PreviewOptions.of(project, 0).withVerbose(false);
        StringWriter err = new StringWriter();
        HttpClient http = HttpClient.newHttpClient();
        Path event = project.resolve("content/event.yaml");
        String original = Files.readString(event);
        Matcher m = HEADLINE.matcher(original);
        if (!m.find()) throw new IllegalStateException("no 'headline:' line in " + event);
        List<Double> toEvent = new ArrayList<>();
        List<Double> toPage = new ArrayList<>();
        List<Double> builds = new ArrayList<>();
        try (PreviewServer server = PreviewServer.start(o, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
             EventStream tab = new EventStream(server.port())) {
            if (server.failed()) throw new IllegalStateException("the project does not build:\n" + err);
            long site = tab.next(s -> true, Duration.ofSeconds(10)).get("site").asLong();
            URI home = server.url();
            for (int i = 1; i <= WARM_UP + edits; i++) {
                String marker = "bench edit " + i;
                String edited = original.substring(0, m.start()) + "headline: " + withMarker(m.group(1), marker)
                        + original.substring(m.end());
                long start = System.nanoTime();
                Files.writeString(event, edited);
                long previous = site;
                JsonNode state = tab.next(s -> s.get("site").asLong() > previous || !s.get("ok").asBoolean(), Duration.ofSeconds(10));
                long reloaded = System.nanoTime();
                if (!state.get("ok").asBoolean()) throw new IllegalStateException("the edit broke the build:\n" + err);
                site = state.get("site").asLong();
                String page = http.send(HttpRequest.newBuilder(home).build(), HttpResponse.BodyHandlers.ofString()).body();
                long fetched = System.nanoTime();
                if (!page.contains(marker)) throw new IllegalStateException("the reloaded page lacks '" + marker + "'");
                if (i > WARM_UP) {
                    toEvent.add((reloaded - start) / 1e6);
                    toPage.add((fetched - start) / 1e6);
                    builds.add(state.get("millis").asDouble());
                }
                // Let the debounce window close, as between a proofreader's saves.
                Thread.sleep(150);
            }
        } finally {
            Files.writeString(event, original);
        }
        System.out.printf(Locale.ROOT, "%d edits of %s (after %d warm-up edits)%n", edits, "content/event.yaml", WARM_UP);
        report("save → reload event", toEvent);
        report("save → reloaded page fetched", toPage);
        report("of which the build itself", builds);
    }

    private static String withMarker(String value, String marker) {
        if (value.endsWith("\"") && value.length() > 1) return value.substring(0, value.length() - 1) + " " + marker + "\"";
        if (value.endsWith("'") && value.length() > 1) return value.substring(0, value.length() - 1) + " " + marker + "'";
        return value + " " + marker;
    }

    private static void report(String what, List<Double> ms) {
        List<Double> sorted = ms.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "%-30s median %6.1f ms   p90 %6.1f ms   min %6.1f ms   max %6.1f ms%n", what,
                percentile(sorted, 50), percentile(sorted, 90), sorted.get(0), sorted.get(sorted.size() - 1));
    }

    private static double percentile(List<Double> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    private static void copy(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) return;
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
