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
    void anyCharsAtAllComeOutAsStringGetBytesWouldWriteThem() throws IOException {
        // Every kind of char, lone halves of pairs included, in runs that fall across buffer edges.
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            char[] chars = new char[random.nextInt(60_000)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = switch (random.nextInt(6)) {
                    case 0 -> (char) random.nextInt(0x80);
                    case 1 -> (char) (0x80 + random.nextInt(0x780));
                    case 2 -> (char) (0x800 + random.nextInt(0xD800 - 0x800));
                    case 3 -> (char) (0xD800 + random.nextInt(0x400)); // high surrogate
                    case 4 -> (char) (0xDC00 + random.nextInt(0x400)); // low surrogate
                    default -> (char) (0xE000 + random.nextInt(0x10000 - 0xE000));
                };
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (Utf8Writer w = new Utf8Writer(bytes)) {
                for (int at = 0; at < chars.length; ) {
                    int n = Math.min(chars.length - at, 1 + random.nextInt(5000));
                    w.write(chars, at, n);
                    at += n;
                }
            }
            assertArrayEquals(new String(chars).getBytes(StandardCharsets.UTF_8), bytes.toByteArray(), "round " + round);
        }
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
