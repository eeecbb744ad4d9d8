package dev.explainer.bench;

import dev.explainer.build.BuildResult;
import dev.explainer.build.Builder;
import dev.explainer.build.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticExplainerTest {
    @Test
    void aSyntheticExplainerChecksWithNoErrorsAndNoWarnings(@TempDir Path dir) throws IOException {
        SyntheticExplainer.Stats stats = SyntheticExplainer.write(dir, 10);
        BuildResult r = new Builder().check(dir);
        assertEquals(List.of(), r.diagnostics().stream().map(d -> d.line()).toList());
        assertEquals(80, r.content().facts().size());
        assertEquals(stats.citations() + stats.contradictions() + 0L,
                r.content().facts().stream().mapToLong(f -> f.cite().size() + f.contradictedBy().size()).sum());
        // Every source is cited for about twenty facts, and some contradict one.
        for (var s : r.content().sources()) {
            long cited = r.content().facts().stream().filter(f -> f.cite().stream().anyMatch(c -> c.source().equals(s.id()))).count();
            assertTrue(cited >= 18 && cited <= 22, s.id() + " is cited for " + cited + " facts");
        }
        assertEquals(10, r.content().facts().stream().filter(f -> !f.contradictedBy().isEmpty()).count());
        // Every person is found in the articles, under more than one spelling somewhere.
        assertTrue(r.provenance().mentions().values().stream().flatMap(List::stream).map(m -> m.spelling()).distinct().count()
                > r.content().people().size());
        assertTrue(stats.words() / 10 > 850, "about 900 words an article: " + stats.words() / 10);
    }

    @Test
    void theSameSizeAlwaysGivesTheSameFiles(@TempDir Path dir) throws IOException {
        SyntheticExplainer.write(dir.resolve("a"), 12);
        SyntheticExplainer.write(dir.resolve("b"), 12);
        assertEquals(contents(dir.resolve("a")), contents(dir.resolve("b")));
    }

    @Test
    void aBuildTellsItsProgressPageByPage(@TempDir Path dir) throws IOException {
        SyntheticExplainer.write(dir.resolve("x"), 10);
        List<String> seen = new ArrayList<>();
        Progress recording = (phase, done, total, unit) -> {
            synchronized (seen) {
                seen.add(phase + " " + done + "/" + total + " " + unit);
            }
        };
        BuildResult r = new Builder().build(dir.resolve("x"), dir.resolve("site"), null, recording);
        assertTrue(r.ok());
        // Counted as the summary counts them: the sitemap and the feed are not pages.
        int pages = r.pages();
        assertTrue(seen.contains("rendering " + pages + "/" + pages + " pages"), seen.toString());
        assertTrue(seen.stream().filter(s -> s.startsWith("rendering ")).allMatch(s -> s.endsWith("/" + pages + " pages")), seen.toString());
        assertEquals("loading content 0/0 ", seen.get(0));
    }

    @Test
    void aCheckTellsItsPhasesAndFinishes(@TempDir Path dir) throws IOException {
        SyntheticExplainer.write(dir.resolve("x"), 10);
        List<String> seen = new ArrayList<>();
        Progress recording = new Progress() {
            @Override
            public synchronized void update(String phase, int done, int total, String unit) {
                seen.add(phase);
            }

            @Override
            public synchronized void finish() {
                seen.add("finished");
            }
        };
        BuildResult r = new Builder().check(dir.resolve("x"), recording);
        assertTrue(r.ok());
        assertEquals("loading content", seen.get(0));
        assertTrue(seen.containsAll(List.of("parsing content", "checking quotes", "checking names")), seen.toString());
        assertFalse(seen.stream().anyMatch(s -> s.startsWith("rendering")), "a check draws no pages: " + seen);
        assertEquals("finished", seen.get(seen.size() - 1));
    }

    @Test
    void theHugoSiteHasAPagePerSourceWithTheSameQuotes(@TempDir Path dir) throws IOException {
        HugoCorpus.write(dir, 10);
        List<Path> pages;
        try (Stream<Path> s = Files.list(dir.resolve("content/sources"))) {
            pages = s.filter(p -> !p.getFileName().toString().startsWith("_")).toList();
        }
        assertEquals(10, pages.size());
        String page = Files.readString(dir.resolve("content/sources/source-1.md"));
        SyntheticExplainer x = new SyntheticExplainer(10);
        assertTrue(page.contains(x.quoteFor(x.factsCitedBy(0).get(0), 0).replace("'", "'")), page);
        assertTrue(Files.exists(dir.resolve("layouts/_default/single.html")));
    }

    @Test
    void anEditChangesOneValueOfTheFactsFile() {
        String yaml = "- id: a\n  text: \"The first.\"\n  cite: []\n- id: b\n  text: The second.\n";
        assertEquals("- id: a\n  text: \"The first. (edit 3)\"\n  cite: []\n- id: b\n  text: The second.\n", Bench.edit(yaml, 3));
        assertEquals("- id: b\n  text: >-\n    folded\n  other: x\n- text: plain (edit 1)\n",
                Bench.edit("- id: b\n  text: >-\n    folded\n  other: x\n- text: plain\n", 1));
    }

    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) out.put(root.relativize(p).toString(), Files.readString(p));
        }
        return out;
    }
}
