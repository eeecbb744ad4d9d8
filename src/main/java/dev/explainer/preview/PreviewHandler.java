package dev.explainer.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.explainer.build.BuildResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Everything under {@code /_preview/}, which exists only in the preview: the live-reload event
 * stream, the script and stylesheet, the build status, the proofreading data, the error page, the
 * project's files as numbered lines, and the full text of each article with its quotes marked.
 */
final class PreviewHandler implements HttpHandler {
    static final String PREFIX = "/_preview/";

    /** The preview's own pages are not the site's: a strict policy of their own, sent as a header. */
    private static final String OWN_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self' data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

    private final Supplier<PreviewState> state;
    private final EventHub hub;
    private final SourceFiles files;
    private final ErrorPage errors;
    private final FileView fileView;
    private final ArticleView articleView = new ArticleView();
    private final byte[] script = resource("preview.js");
    private final byte[] style = resource("preview.css");
    private final byte[] worker = resource("events-worker.js");

    PreviewHandler(Supplier<PreviewState> state, EventHub hub, SourceFiles files) {
        this.state = state;
        this.hub = hub;
        this.files = files;
        this.errors = new ErrorPage(files);
        this.fileView = new FileView(files);
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        boolean streaming = false;
        try {
            if (!Exchanges.readOnly(ex)) return;
            String path = ex.getRequestURI().getPath();
            String route = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : "";
            PreviewState s = state.get();
            switch (route) {
                case "events" -> {
                    if (ex.getRequestMethod().equals("HEAD")) {
                        Exchanges.send(ex, 200, "text/event-stream; charset=utf-8", new byte[0]);
                    } else {
                        hub.open(ex, () -> EventHub.frame("state", state.get().json()));
                        streaming = true;
                    }
                }
                case "preview.js" -> Exchanges.send(ex, 200, MediaTypes.of(route), script);
                case "preview.css" -> Exchanges.send(ex, 200, MediaTypes.of(route), style);
                case "events-worker.js" -> Exchanges.send(ex, 200, MediaTypes.of(route), worker);
                case "status" -> Exchanges.send(ex, 200, MediaTypes.JSON, s.json());
                case "proofreading.json" -> Exchanges.send(ex, 200, MediaTypes.JSON, s.proofreading());
                case "errors" -> page(ex, s.failed() ? errors.render(s.last(), s.build())
                        : Html.page("No errors", "pv-error-page", "<main class=\"pv-errors\"><h1>The last build succeeded</h1></main>", null));
                case "file" -> {
                    String file = parameter(ex.getRequestURI().getRawQuery(), "path");
                    String html = file == null ? null : fileView.render(file, Injector.script(s.build(), s.site(), true));
                    if (html == null) notFound(ex, "no such file to show: only files under content/, seeds/ and templates/ can be viewed");
                    else page(ex, html);
                }
                default -> {
                    if (route.startsWith("articles/")) article(ex, s, route.substring("articles/".length()));
                    else notFound(ex, "no such preview page");
                }
            }
        } finally {
            // An event stream stays open after this returns; the hub closes it when the tab goes away.
            if (!streaming) ex.close();
        }
    }

    private void article(HttpExchange ex, PreviewState s, String sourceId) throws IOException {
        BuildResult r = s.freshest();
        String html = r == null || sourceId.contains("/") ? null
                : articleView.render(r.content(), r.provenance(), sourceId, Injector.script(s.build(), s.site(), true));
        if (html == null) notFound(ex, "no source with id '" + sourceId + "'");
        else page(ex, html);
    }

    private static void page(HttpExchange ex, String html) throws IOException {
        ex.getResponseHeaders().set("Content-Security-Policy", OWN_POLICY);
        Exchanges.send(ex, 200, MediaTypes.HTML, html);
    }

    private static void notFound(HttpExchange ex, String message) throws IOException {
        ex.getResponseHeaders().set("Content-Security-Policy", OWN_POLICY);
        Exchanges.send(ex, 404, MediaTypes.HTML, Html.page("Not found", "pv-error-page",
                "<main class=\"pv-errors\"><h1>Not found</h1><p>" + Html.escape(message) + "</p></main>", null));
    }

    static String parameter(String rawQuery, String name) {
        if (rawQuery == null) return null;
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                try {
                    return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewHandler.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("the preview's " + name + " is missing from the jar");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
