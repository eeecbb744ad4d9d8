package dev.explainer.output;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** What the writer writes is exactly the text's UTF-8, whatever falls on a buffer's edge. */
class Utf8WriterTest {
    @Test
    void writesExactlyTheUtf8OfTheTextAcrossBufferEdgesAndSurrogatePairs() throws IOException {
        String[] pieces = {"a", "plain words ", "“curly”", "—", "Łukasz ", "😀", "Kalesnikava’s", "\n"};
        Random random = new Random(3);
        StringBuilder text = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Writer w = new Utf8Writer(bytes)) {
            while (text.length() < 100_000) {
                String p = pieces[random.nextInt(pieces.length)];
                text.append(p);
                switch (random.nextInt(3)) {
                    case 0 -> w.write(p);
                    case 1 -> w.write(p.toCharArray(), 0, p.length());
                    default -> p.chars().forEach(c -> {
                        try {
                            w.write(c);
                        } catch (IOException e) {
                            throw new AssertionError(e);
                        }
                    });
                }
            }
        }
        assertArrayEquals(text.toString().getBytes(StandardCharsets.UTF_8), bytes.toByteArray());
    }
    @Test
    void aFlushBetweenTheTwoHalvesOfAPairDoesNotSplitIt() throws IOException {
        String emoji = "😀";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Writer w = new Utf8Writer(bytes)) {
            w.write("a");
            w.write(emoji.charAt(0));
            w.flush();
            w.write(emoji.charAt(1));
        }
        assertArrayEquals(("a" + emoji).getBytes(StandardCharsets.UTF_8), bytes.toByteArray());
    }
}
