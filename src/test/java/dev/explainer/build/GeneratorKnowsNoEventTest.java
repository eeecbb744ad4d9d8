package dev.explainer.build;

import dev.explainer.model.Content;
import dev.explainer.model.Person;
import dev.explainer.testing.Projects;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generator is generic: nothing in src/main or templates/ may name the shipped event. */
class GeneratorKnowsNoEventTest {
    @Test
    void neitherTheCodeNorTheTemplatesMentionTheShippedContent() throws IOException {
        Content c = new Builder().check(Projects.MAIN).content();
        Set<String> words = new TreeSet<>();
        for (Person p : c.people()) {
            words.addAll(tokens(p.name()));
            p.variants().forEach(v -> words.addAll(tokens(v)));
        }
        words.addAll(tokens(c.event().place()));
        words.addAll(tokens(c.event().headline()));
        c.sources().forEach(s -> words.addAll(tokens(s.outlet())));
        words.removeAll(Set.of("exchange", "sanctions", "prisoners", "relief", "outlet", "unnamed", "release", "editor",
                "president", "maria", "donald", "vladimir", "alexander"));
        assertTrue(words.containsAll(Set.of("belarus", "lukashenko", "potash", "bialiatski")), words.toString());

        List<String> leaks = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main"), Path.of("templates"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path f : walk.filter(Files::isRegularFile).toList()) {
                    String text = Files.readString(f).toLowerCase(Locale.ROOT);
                    for (String w : words) {
                        if (java.util.regex.Pattern.compile("(?<!\\p{L})" + w + "(?!\\p{L})").matcher(text).find()) leaks.add(f + ": " + w);
                    }
                }
            }
        }
        assertEquals(List.of(), leaks);
    }

    private static List<String> tokens(String s) {
        return java.util.Arrays.stream(s.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).filter(w -> w.length() >= 5).toList();
    }
}
