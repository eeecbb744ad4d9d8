package dev.explainer.preview;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The open Server-Sent Events streams, one per browser (its tabs share it through a shared worker),
 * or one per tab in a browser without shared workers. A stream holds no thread: its exchange
 * stays open after the handler returns, and events are written to it by whoever broadcasts. A
 * browser that has gone away is dropped the first time writing to it fails (a heartbeat makes sure
 * that happens even when nothing is being rebuilt).
 */
final class EventHub implements AutoCloseable {
    private final Set<Client> clients = ConcurrentHashMap.newKeySet();

    private static final class Client {
        private final HttpExchange exchange;
        private final OutputStream out;

        Client(HttpExchange exchange) {
            this.exchange = exchange;
            this.out = exchange.getResponseBody();
        }

        // One writer at a time per stream: events from the build thread, the greeting from a handler.
        synchronized void send(String frame) throws IOException {
            out.write(frame.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        void close() {
            exchange.close();
        }
    }

    /**
     * Opens a stream on {@code exchange} and sends it {@code greeting} (the current state) at once.
     * The greeting is read after the stream joins, so no build can finish unseen in between.
     */
    void open(HttpExchange exchange, Supplier<String> greeting) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Accel-Buffering", "no");
        exchange.sendResponseHeaders(200, 0);
        Client c = new Client(exchange);
        clients.add(c);
        try {
            // Reconnect quickly after the server restarts; the greeting lets the tab catch up.
            synchronized (c) {
                c.send("retry: 500\n\n" + greeting.get());
            }
        } catch (IOException e) {
            drop(c);
        }
    }

    /** Sends one event to every open stream. */
    void broadcast(String name, String json) {
        send(frame(name, json));
    }

    /** A comment line: invisible to the page, but it finds streams whose tab has closed. */
    void heartbeat() {
        send(": ping\n\n");
    }

    int size() {
        return clients.size();
    }

    static String frame(String name, String json) {
        return "event: " + name + "\ndata: " + json.replace("\n", "\ndata: ") + "\n\n";
    }

    private void send(String frame) {
        for (Client c : clients) {
            try {
                c.send(frame);
            } catch (IOException e) {
                drop(c);
            }
        }
    }

    private void drop(Client c) {
        clients.remove(c);
        c.close();
    }

    @Override
    public void close() {
        for (Client c : clients) drop(c);
    }
}
