package dev.explainer.preview;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writing responses the same way everywhere: GET and HEAD only, no caching, no sniffing. */
final class Exchanges {
    private Exchanges() {}

    /** True for GET and HEAD; otherwise answers 405 with the methods that are allowed. */
    static boolean readOnly(HttpExchange ex) throws IOException {
        String m = ex.getRequestMethod();
        if (m.equals("GET") || m.equals("HEAD")) return true;
        ex.getResponseHeaders().set("Allow", "GET, HEAD");
        send(ex, 405, MediaTypes.TEXT, "405 method not allowed: the preview only reads (GET, HEAD)\n");
        return false;
    }

    static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        send(ex, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        var h = ex.getResponseHeaders();
        h.set("Content-Type", type);
        // The preview must never show an older build than the one on disk.
        h.set("Cache-Control", "no-store");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        if (ex.getRequestMethod().equals("HEAD")) {
            // With a length, the JDK server would warn about a body on HEAD; the length goes in by hand.
            h.set("Content-Length", Long.toString(body.length));
            ex.sendResponseHeaders(status, -1);
            ex.close();
            return;
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    /** A permanent redirect to a path on this server. */
    static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        send(ex, 301, MediaTypes.TEXT, "moved to " + location + "\n");
    }
}
