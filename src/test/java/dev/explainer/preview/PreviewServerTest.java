package dev.explainer.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.explainer.build.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The preview server as a browser and an attacker on loopback see it: a real server on port 0,
 * probed with {@link HttpClient} and with raw sockets where a client would tidy the request up.
 */
class PreviewServerTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;
    static PreviewServer server;
    static Path project;

    @BeforeAll
    static void startReadOnlyServer() throws Exception {
        project = Fixture.copyTo(shared.resolve("project"));
        Files.writeString(project.resolve("secret.txt"), "TOP-SECRET");
        server = start(project, new StringWriter());
        // Planted after the build, as someone else might: links out of the site, a hidden file.
        Path site = project.resolve("site");
        Files.createSymbolicLink(site.resolve("leak.txt"), project.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("project"), project);
        Files.writeString(site.resolve(".hidden.html"), "TOP-SECRET");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static PreviewServer start(Path project, StringWriter err) throws Exception {
        PreviewOptions o = PreviewOptions.of(project, 0).withHeartbeat(Duration.ofMillis(100)).withVerbose(false);
        return PreviewServer.start(o, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    }

    static HttpResponse<String> get(PreviewServer s, String path) throws Exception {
        return send(s, "GET", path);
    }

    static HttpResponse<String> send(PreviewServer s, String method, String path) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(s.url().resolve(path)).method(method, HttpRequest.BodyPublishers.noBody()).build();
        return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the request line exactly as given (no client normalises it) and returns the whole response. */
    static String raw(int port, String method, String target) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    // --- serving ------------------------------------------------------------------------------

    @Test
    void servesPagesWithTheirContentTypes() throws Exception {
        record Expect(String path, String type) {}
        for (Expect e : List.of(new Expect("/", "text/html; charset=utf-8"),
                new Expect("/index.html", "text/html; charset=utf-8"),
                new Expect("/sources/courier.html", "text/html; charset=utf-8"),
                new Expect("/about", "text/html; charset=utf-8"),
                new Expect("/style.css", "text/css; charset=utf-8"),
                new Expect("/favicon.svg", "image/svg+xml; charset=utf-8"),
                new Expect("/feed.xml", "application/xml; charset=utf-8"),
                new Expect("/robots.txt", "text/plain; charset=utf-8"),
                new Expect("/_preview/preview.js", "text/javascript; charset=utf-8"),
                new Expect("/_preview/preview.css", "text/css; charset=utf-8"),
                new Expect("/_preview/events-worker.js", "text/javascript; charset=utf-8"),
                new Expect("/_preview/proofreading.json", "application/json; charset=utf-8"))) {
            HttpResponse<String> r = get(server, e.path());
            assertEquals(200, r.statusCode(), e.path());
            assertEquals(e.type(), r.headers().firstValue("Content-Type").orElse(""), e.path());
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), e.path());
            assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""), e.path());
        }
    }

    @Test
    void addsThePreviewScriptToServedPagesButNeverToTheSiteOnDisk() throws Exception {
        String served = get(server, "/").body();
        assertTrue(served.contains("<script src=\"/_preview/preview.js\" defer data-build=\"1\" data-site=\"1\"></script>"), served);
        assertTrue(served.contains("script-src 'self'"), "the page's policy lets the preview's own script run");
        assertFalse(served.contains("default-src 'none'"), "the site's strict policy is relaxed in preview only");
        String onDisk = Files.readString(project.resolve("site/index.html"));
        assertFalse(onDisk.contains("_preview"), "site/ must stay exactly what `build` writes");
        assertTrue(onDisk.contains("default-src 'none'"));
    }

    @Test
    void headAnswersLikeGetWithoutABody() throws Exception {
        HttpResponse<String> get = get(server, "/index.html");
        HttpResponse<String> head = send(server, "HEAD", "/index.html");
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length),
                head.headers().firstValue("Content-Length").orElse(""));
    }

    @Test
    void aFolderRedirectsToItsSlashAndIsNeverListed() throws Exception {
        HttpResponse<String> bare = get(server, "/sources");
        assertEquals(301, bare.statusCode());
        assertEquals("/sources/", bare.headers().firstValue("Location").orElse(""));
        HttpResponse<String> folder = get(server, "/sources/");
        assertEquals(404, folder.statusCode(), "no index.html there, and no listing instead");
        assertEquals(get(server, "/no-such-page").body(), folder.body(), "the site's 404 page, not a listing");
    }

    @Test
    void missingPagesGetTheSitesOwn404Page() throws Exception {
        HttpResponse<String> r = get(server, "/no-such-page");
        assertEquals(404, r.statusCode());
        String own = Files.readString(project.resolve("site/404.html"));
        String title = own.substring(own.indexOf("<title>"), own.indexOf("</title>"));
        assertTrue(r.body().contains(title), r.body());
        assertTrue(r.body().contains("/_preview/preview.js"), "a 404 page still reloads with the site");
    }

    @Test
    void servesTheSiteUnderItsPublishedPathToo() throws Exception {
        // site.yaml publishes at /lighthouse/, and the 404 page links from there.
        assertEquals(200, get(server, "/lighthouse/about.html").statusCode());
        assertEquals(200, get(server, "/lighthouse/").statusCode());
        assertEquals("/lighthouse/", get(server, "/lighthouse").headers().firstValue("Location").orElse(""));
    }

    // --- safety -------------------------------------------------------------------------------

    @Test
    void traversalProbesAreNotFound() throws Exception {
        for (String probe : List.of("/../pom.xml", "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
                "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt", "/sources/..%2f..%2fsecret.txt", "/sources/%2e%2e/%2e%2e/secret.txt",
                "/..%5csecret.txt", "/index.html%00", "/index.html%00.css", "/./index.html", "//secret.txt",
                "/.nojekyll", "/.hidden.html", "/.hidden", "/%2ehidden.html", "/leak.txt", "/project/secret.txt",
                "/project/content/facts.yaml", "/lighthouse/../secret.txt", "/%c0%ae%c0%ae/secret.txt")) {
            String response = raw(server.port(), "GET", probe);
            assertEquals(404, status(response), probe + " → " + response.lines().findFirst().orElse(""));
            assertFalse(response.contains("TOP-SECRET"), probe);
        }
    }

    @Test
    void malformedTargetsNeverLeakAFile() throws Exception {
        // The JDK rejects some of these itself (400) before any handler runs; none may serve a file.
        for (String probe : List.of("/..\\secret.txt", "/%zz", "/%", "\\..\\secret.txt", "/sources/..\\..\\secret.txt")) {
            String response = raw(server.port(), "GET", probe);
            int status = status(response);
            assertTrue(status == 400 || status == 404, probe + " → " + status);
            assertFalse(response.contains("TOP-SECRET"), probe);
        }
    }

    @Test
    void onlyGetAndHeadAreAllowed() throws Exception {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS")) {
            for (String path : List.of("/", "/index.html", "/_preview/events", "/_preview/status", "/nope")) {
                HttpResponse<String> r = send(server, method, path);
                assertEquals(405, r.statusCode(), method + " " + path);
                assertEquals("GET, HEAD", r.headers().firstValue("Allow").orElse(""), method + " " + path);
            }
        }
    }

    @Test
    void showsOnlyFilesUnderContentSeedsAndTemplates() throws Exception {
        HttpResponse<String> yaml = get(server, "/_preview/file?path=content/facts.yaml");
        assertEquals(200, yaml.statusCode());
        assertTrue(yaml.body().contains("<span class=\"pv-fl\" id=\"L9\"><a class=\"pv-ln\" href=\"#L9\">9</a> - id: crowd</span>"), yaml.body());
        assertEquals(200, get(server, "/_preview/file?path=seeds/000_courier.txt").statusCode());
        for (String path : List.of("secret.txt", "../secret.txt", "content/../secret.txt", "content/../../secret.txt",
                "site/index.html", "/etc/passwd", "content", "content/", "content/.hidden", "seeds/..%2fsecret.txt", "pom.xml")) {
            HttpResponse<String> r = get(server, "/_preview/file?path=" + java.net.URLEncoder.encode(path, StandardCharsets.UTF_8));
            assertEquals(404, r.statusCode(), path);
            assertFalse(r.body().contains("TOP-SECRET"), path);
        }
    }

    @Test
    void closingStopsThePracticeBuildsAndDeletesTheirFolder() throws Exception {
        PreviewServer s = start(Fixture.copyTo(shared.resolve("practice")), new StringWriter());
        WarmUp w = s.warmUp();
        assertEquals(200, get(s, "/").statusCode());
        s.close();
        assertTrue(w.finished().isDone(), "closing stops the practice builds");
        Path folder = w.folder();
        if (folder != null) assertFalse(Files.exists(folder), "the practice folder is deleted: " + folder);
    }

    @Test
    void closingReleasesThePortAndEveryThread() throws Exception {
        int threads = previewThreads();
        PreviewServer s = start(Fixture.copyTo(shared.resolve("closing")), new StringWriter());
        int port = s.port();
        assertEquals(200, get(s, "/").statusCode());
        s.close();
        s.close(); // twice is harmless: the shutdown hook and a caller may both close
        try (ServerSocket again = new ServerSocket(port, 0, java.net.InetAddress.getLoopbackAddress())) {
            assertEquals(port, again.getLocalPort());
        }
        long until = System.nanoTime() + WAIT.toNanos();
        while (previewThreads() > threads && System.nanoTime() < until) Thread.sleep(20);
        assertEquals(threads, previewThreads(), "a closed preview leaves no thread behind");
    }

    @Test
    void warnsWhenServingBeyondLoopback() throws Exception {
        StringWriter err = new StringWriter();
        PreviewOptions o = PreviewOptions.of(Fixture.copyTo(shared.resolve("exposed")), 0).withHost("0.0.0.0").withVerbose(false);
        try (PreviewServer s = PreviewServer.start(o, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))) {
            assertTrue(err.toString().startsWith("warning: serving on 0.0.0.0, which is not loopback"), err.toString());
        }
        StringWriter quiet = new StringWriter();
        try (PreviewServer s = start(Fixture.copyTo(shared.resolve("loopback")), quiet)) {
            assertFalse(quiet.toString().contains("warning: serving"), quiet.toString());
        }
    }

    // --- proofreading -------------------------------------------------------------------------

    @Test
    void proofreadingDataDescribesEveryStatementOnThePages() throws Exception {
        JsonNode data = JSON.readTree(get(server, "/_preview/proofreading.json").body());
        JsonNode crowd = data.at("/statements/fact-crowd");
        assertEquals("contested", crowd.get("status").asText());
        assertEquals("content/facts.yaml:9:3", crowd.get("yaml").asText());
        assertEquals("/_preview/file?path=content/facts.yaml#L9", crowd.get("link").asText());
        assertEquals("About 300 people gathered on the headland", crowd.at("/cites/0/quote").asText());
        assertEquals("/sources/courier.html#p5-0", crowd.at("/cites/0/href").asText());
        assertEquals("/_preview/articles/courier#p5-0", crowd.at("/cites/0/article").asText());
        assertTrue(crowd.at("/dissent/0/verdict").asText().startsWith("The Bulletin gives no source"));
        assertEquals("single-source", data.at("/statements/fact-cost/status").asText());
        assertEquals("corroborated", data.at("/statements/person-ada-quill-role/status").asText());
        assertEquals("corroborated", data.at("/statements/key-relit/status").asText());
        assertEquals("content/event.yaml:7:5", data.at("/statements/key-relit/yaml").asText());
        assertEquals("unsourced", data.at("/statements/prose-section-1/status").asText());
        assertTrue(data.at("/warnings/0/message").asText().contains("the number 12"), data.toString());
        assertEquals("/_preview/file?path=content/context.yaml#L5", data.at("/warnings/0/link").asText());

        // Every statement key the pages carry is in the data.
        for (String page : List.of("/", "/figures.html", "/context.html", "/about.html")) {
            String html = get(server, page).body();
            var m = java.util.regex.Pattern.compile("data-stmt=\"([^\"]+)\"").matcher(html);
            while (m.find()) assertTrue(data.get("statements").has(m.group(1)), page + ": no data for " + m.group(1));
        }
    }

    @Test
    void fullArticleTextMarksTheQuotedPassages() throws Exception {
        HttpResponse<String> r = get(server, "/_preview/articles/courier");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("<span class=\"pv-anchor\" id=\"p5-0\"></span><mark class=\"pv-q\""), html);
        assertTrue(html.contains(">About 300 people gathered on the headland</mark>"), html);
        assertTrue(html.contains("Quill said."), "the whole article, not only what is quoted");
        HttpResponse<String> bulletin = get(server, "/_preview/articles/bulletin");
        assertTrue(bulletin.body().contains("<mark class=\"pv-q pv-q-against\""), "contradicting quotes are told apart");
        assertEquals(404, get(server, "/_preview/articles/nope").statusCode());
        assertEquals(404, get(server, "/_preview/articles/..%2fcourier").statusCode());
    }

    // --- live reload --------------------------------------------------------------------------

    @Test
    void anEditReloadsEveryOpenTab(@TempDir Path dir) throws Exception {
        Path p = Fixture.copyTo(dir);
        try (PreviewServer s = start(p, new StringWriter());
             EventStream tab1 = new EventStream(s.port());
             EventStream tab2 = new EventStream(s.port())) {
            tab1.next(st -> st.get("build").asLong() == 1, WAIT);
            tab2.next(st -> st.get("build").asLong() == 1, WAIT);
            Fixture.edit(p, "content/facts.yaml", "Several hundred people watched", "A crowd of hundreds watched");
            JsonNode state = tab1.next(st -> st.get("site").asLong() > 1, WAIT);
            assertTrue(state.get("ok").asBoolean());
            tab2.next(st -> st.get("site").asLong() == state.get("site").asLong(), WAIT);
            String page = get(s, "/").body();
            assertTrue(page.contains("A crowd of hundreds watched"));
            assertTrue(page.contains("data-site=\"" + state.get("site").asLong() + "\""));
        }
    }

    @Test
    void eachBuildTheWriterWaitsForTellsANewProgressAndFinishesIt(@TempDir Path dir) throws Exception {
        Path p = Fixture.copyTo(dir);
        List<List<String>> builds = new CopyOnWriteArrayList<>();
        Supplier<Progress> progress = () -> {
            List<String> seen = new CopyOnWriteArrayList<>();
            builds.add(seen);
            return new Progress() {
                @Override
                public void update(String phase, int done, int total, String unit) {
                    seen.add(phase + (total > 0 ? " " + done + "/" + total + " " + unit : ""));
                }

                @Override
                public void finish() {
                    seen.add("finished");
                }
            };
        };
        PreviewOptions o = PreviewOptions.of(p, 0).withHeartbeat(Duration.ofMillis(100)).withVerbose(false);
        try (PreviewServer s = PreviewServer.start(o, new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true), progress);
             EventStream tab = new EventStream(s.port())) {
            tab.next(st -> st.get("build").asLong() == 1, WAIT);
            Fixture.edit(p, "content/facts.yaml", "Several hundred people watched", "A crowd of hundreds watched");
            tab.next(st -> st.get("build").asLong() == 2, WAIT);
            // The practice builds after the first tell nothing: the writer is not waiting for them.
            assertEquals(s.builds(), builds.size(), builds.toString());
        }
        for (List<String> seen : builds.subList(0, 2)) {
            assertEquals("loading content", seen.get(0), seen.toString());
            assertTrue(seen.contains("checking quotes"), seen.toString());
            assertTrue(seen.stream().anyMatch(l -> l.matches("rendering (\\d+)/\\1 pages")), seen.toString());
            assertEquals("finished", seen.get(seen.size() - 1), seen.toString());
        }
    }

    @Test
    void aBrokenEditShowsItsErrorsUntilTheFixClearsThem(@TempDir Path dir) throws Exception {
        Path p = Fixture.copyTo(dir);
        StringWriter terminal = new StringWriter();
        try (PreviewServer s = start(p, terminal); EventStream tab = new EventStream(s.port())) {
            tab.next(st -> st.get("build").asLong() == 1, WAIT);
            Fixture.edit(p, "content/facts.yaml", "  text: Several hundred", "  txt: Several hundred");
            JsonNode failed = tab.next(st -> !st.get("ok").asBoolean(), WAIT);
            assertEquals(1, failed.get("site").asLong(), "the last good site stays");
            assertTrue(failed.get("errors").asLong() >= 1, failed.toString());

            String errors = get(s, "/_preview/errors").body();
            assertTrue(errors.contains("content/facts.yaml:10:3</a> <span class=\"pv-sev\">error</span>"), errors);
            assertTrue(errors.contains("<p class=\"pv-msg\">unknown key &#39;txt&#39;</p>"), errors);
            assertTrue(errors.contains("<p class=\"pv-hint\">did you mean &#39;text&#39;?</p>"), errors);
            assertTrue(errors.contains("<mark class=\"pv-line-bad\"><span class=\"pv-ln\">10</span>   txt: Several hundred people watched the lamp being lit.</mark>"), errors);
            assertTrue(errors.contains("href=\"/_preview/file?path=content/facts.yaml#L10\""), errors);
            assertTrue(terminal.toString().contains("content/facts.yaml:10:3: error: unknown key 'txt' (did you mean 'text'?)"), terminal.toString());
            assertTrue(terminal.toString().contains("build failed: "), terminal.toString());

            String stale = get(s, "/").body();
            assertTrue(stale.contains("Several hundred people watched"), "the last good page is still served");
            assertTrue(stale.contains("data-site=\"1\""));
            assertTrue(s.failed());

            Fixture.edit(p, "content/facts.yaml", "  txt: Several hundred", "  text: Several hundred");
            JsonNode fixed = tab.next(st -> st.get("ok").asBoolean(), WAIT);
            assertTrue(fixed.get("site").asLong() > 1);
            assertTrue(get(s, "/_preview/errors").body().contains("The last build succeeded"));
            assertFalse(s.failed());
        }
    }

    @Test
    void aBurstOfEditsEndsOnTheLastOneWithFewBuildsAndBoundedThreads(@TempDir Path dir) throws Exception {
        Path p = Fixture.copyTo(dir);
        try (PreviewServer s = start(p, new StringWriter())) {
            List<EventStream> tabs = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) tabs.add(new EventStream(s.port()));
            Path facts = p.resolve("content/facts.yaml");
            String original = Files.readString(facts);
            // Counted with the other servers of this class running; only growth matters.
            int before = previewThreads();
            int peak = before;
            for (int i = 1; i <= 200; i++) {
                Files.writeString(facts, original.replace("Several hundred people watched", "Edit " + i + " people watched"));
                Thread.sleep(1);
                if (i % 20 == 0) peak = Math.max(peak, previewThreads());
            }
            long end = System.nanoTime() + WAIT.toNanos();
            String page = "";
            while (System.nanoTime() < end && !page.contains("Edit 200 people watched")) {
                Thread.sleep(50);
                page = get(s, "/").body();
            }
            assertTrue(page.contains("Edit 200 people watched"), "the site ends on the last edit");
            assertFalse(s.failed());
            assertTrue(s.builds() < 60, "bursts coalesce into few builds, not one per save: " + s.builds());
            peak = Math.max(peak, previewThreads());
            // At most the fixed request pool filling up; builds and events never add threads.
            assertTrue(peak - before <= 4, "threads grew from " + before + " to " + peak);

            // Tabs that close are dropped at the next heartbeat; the ones still open stay.
            assertEquals(5, s.streams());
            for (EventStream t : tabs.subList(0, 4)) t.close();
            long until = System.nanoTime() + WAIT.toNanos();
            while (s.streams() > 1 && System.nanoTime() < until) Thread.sleep(50);
            assertEquals(1, s.streams());
            tabs.get(4).close();
        }
    }

    static int previewThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("explainer-preview")).count();
    }

    @Test
    void refusesAnOutputFolderInsideTheWatchedSources(@TempDir Path dir) throws Exception {
        Path p = Fixture.copyTo(dir);
        PreviewOptions o = PreviewOptions.of(p, 0).withTarget(p.resolve("content/site"));
        assertTrue(o.problem().startsWith("the output folder "), o.problem());
        assertTrue(PreviewOptions.of(dir.resolve("nowhere"), 0).problem().startsWith("no content/ folder in "));
        try {
            PreviewServer.start(o, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
            fail("started with the site inside content/");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().startsWith("the output folder "));
        }
    }

    @Test
    void aProjectThatNeverBuiltStillServesItsErrors(@TempDir Path dir) throws Exception {
        Path p = Fixture.copyTo(dir);
        Fixture.edit(p, "content/site.yaml", "language: en", "langauge: en");
        try (PreviewServer s = start(p, new StringWriter())) {
            assertTrue(s.failed());
            HttpResponse<String> home = get(s, "/");
            assertEquals(404, home.statusCode());
            assertTrue(home.body().contains("/_preview/preview.js"), "the tab still connects, shows the errors and reloads");
            assertTrue(get(s, "/_preview/errors").body().contains("unknown key &#39;langauge&#39;"));
            try (EventStream tab = new EventStream(s.port())) {
                assertEquals(0, tab.next(st -> true, WAIT).get("site").asLong());
                Fixture.edit(p, "content/site.yaml", "langauge: en", "language: en");
                tab.next(st -> st.get("ok").asBoolean(), WAIT);
            }
            assertEquals(200, get(s, "/").statusCode());
        }
    }

    @Test
    void statusSummarisesTheLatestBuild() throws Exception {
        JsonNode status = JSON.readTree(get(server, "/_preview/status").body());
        assertTrue(status.get("ok").asBoolean());
        assertEquals(1, status.get("build").asLong());
        assertEquals(1, status.get("warnings").asLong());
        URI events = server.url().resolve("/_preview/events");
        assertEquals(200, HTTP.send(HttpRequest.newBuilder(events).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
    }
}
