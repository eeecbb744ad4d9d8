package dev.explainer.check;

import dev.explainer.bench.SyntheticExplainer;
import dev.explainer.testing.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scanner finds exactly what the regex it replaces finds. */
class NameRunsTest {
    private static final Pattern REGEX = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*\\p{L}(?:\\s+\\p{Lu}[\\p{L}'’.-]*\\p{L})+");

    @Test
    void findsTheRunsOfCapitalisedWords() {
        assertEquals(List.of("Maria Kalesnikava", "John-Smith O’Neill"),
                runs("then Maria Kalesnikava met St. John-Smith O’Neill. She left."), "a word ends at its last letter");
        assertEquals(List.of(), runs("one word only, and Lowercase after it; A B are single letters"));
        assertEquals(List.of("Émile Zola"), runs("le roman d’Émile Zola"));
        assertEquals(List.of("Anna Smith"), runs("xAnna Smith."), "the regex has no word boundary either");
    }

    @Test
    void matchesTheRegexOnEveryArticleWeShip(@TempDir Path dir) throws IOException {
        SyntheticExplainer.write(dir.resolve("synthetic"), 10);
        List<Path> seeds = new ArrayList<>();
        for (Path folder : List.of(Projects.MAIN.resolve("seeds"), Projects.HARBOUR.resolve("seeds"), dir.resolve("synthetic/seeds"))) {
            try (Stream<Path> files = Files.list(folder)) {
                seeds.addAll(files.filter(Files::isRegularFile).toList());
            }
        }
        assertTrue(seeds.size() >= 15, seeds.toString());
        int found = 0;
        for (Path seed : seeds) {
            String text = Files.readString(seed);
            List<List<Integer>> expected = expected(text);
            assertEquals(expected, actual(text), seed.toString());
            found += expected.size();
        }
        assertTrue(found > 100, "the articles name people: " + found);
    }

    @Test
    void matchesTheRegexOnRandomText() {
        // Capitals and small letters in and out of ASCII and the BMP, title-case and modifier
        // letters (letters, but not capitals), the punctuation a word may hold, and white space
        // inside and outside ASCII's.
        String[] pieces = {"A", "Z", "a", "z", "É", "é", "Ω", "ω", "ǅ", "ʰ", "中", "\uD835\uDC00", "\uD835\uDC1A", "\uD800",
                "'", "’", ".", "-", ",", ":", "1", " ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u2003", "Anna", "Smith", "O’Neill"};
        Random random = new Random(42);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) s.append(pieces[random.nextInt(pieces.length)]);
            String text = s.toString();
            assertEquals(expected(text), actual(text), () -> "for " + text.codePoints()
                    .mapToObj(c -> String.format("U+%04X", c)).toList());
        }
    }

    private static List<String> runs(String text) {
        assertEquals(expected(text), actual(text), text);
        return actualRaw(text).stream().map(m -> text.substring(m[0], m[1])).toList();
    }

    private static List<List<Integer>> expected(String text) {
        List<List<Integer>> out = new ArrayList<>();
        Matcher m = REGEX.matcher(text);
        while (m.find()) out.add(List.of(m.start(), m.end()));
        return out;
    }

    private static List<int[]> actualRaw(String text) {
        List<int[]> out = new ArrayList<>();
        NameRuns r = new NameRuns(text);
        while (r.find()) {
            assertEquals(text.substring(r.start(), r.end()), r.group());
            out.add(new int[]{r.start(), r.end()});
        }
        return out;
    }

    private static List<List<Integer>> actual(String text) {
        return actualRaw(text).stream().map(a -> List.of(a[0], a[1])).toList();
    }
}
