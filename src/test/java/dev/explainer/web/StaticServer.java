package dev.explainer.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves a built site on 127.0.0.1 the way GitHub Pages serves a project site: everything under
 * a path prefix such as {@code /repo/}, a folder as its index.html, {@code 404.html} as the body of
 * every miss. Kept here rather than borrowed from the preview server so the web tests judge the
 * published files alone.
 */
final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "svg", "image/svg+xml",
            "xml", "application/xml; charset=utf-8", "txt", "text/plain; charset=utf-8", "js", "text/javascript; charset=utf-8");

    private final HttpServer server;
    private final String prefix;

    StaticServer(Path root, String prefix) throws IOException {
        this.prefix = prefix;
        Path base = root.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                serve(base, exchange);
            }
        });
        server.start();
    }

    /** The site's address, ending in the prefix: {@code http://127.0.0.1:PORT/repo/}. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    private void serve(Path base, HttpExchange exchange) throws IOException {
        String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
        Path file = null;
        if (path.startsWith(prefix)) {
            Path p = base.resolve(path.substring(prefix.length())).normalize();
            if (p.startsWith(base)) {
                if (Files.isDirectory(p)) p = p.resolve("index.html");
                if (Files.isRegularFile(p)) file = p;
            }
        }
        int status = 200;
        if (file == null) {
            status = 404;
            file = base.resolve("404.html");
        }
        String name = file.getFileName().toString();
        String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
        byte[] body = Files.readAllBytes(file);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
