package dev.explainer.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A browser tab's view of the preview's event stream, over a plain socket so a test can hang up
 * whenever it likes. Each "state" event lands in a queue.
 */
final class EventStream implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Socket socket;
    private final BlockingQueue<JsonNode> states = new LinkedBlockingQueue<>();
    private final Thread reader;

    EventStream(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        OutputStream out = socket.getOutputStream();
        out.write(("GET /_preview/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        reader = new Thread(() -> {
            try {
                String line;
                while ((line = in.readLine()) != null) {
                    // Chunk sizes and blank lines interleave with the events; only data lines matter here.
                    if (line.startsWith("data: ")) states.add(JSON.readTree(line.substring(6)));
                }
            } catch (IOException e) {
                // The test hung up, or the server closed the stream.
            }
        }, "test-event-stream");
        reader.setDaemon(true);
        reader.start();
    }

    /** The next state event that matches, skipping others; fails after the timeout. */
    JsonNode next(Predicate<JsonNode> wanted, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = end - System.nanoTime();
            JsonNode s = left <= 0 ? null : states.poll(left, TimeUnit.NANOSECONDS);
            if (s == null) throw new AssertionError("no matching state event within " + timeout.toMillis() + " ms");
            if (wanted.test(s)) return s;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
