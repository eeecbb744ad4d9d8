package dev.explainer.build;

import dev.explainer.testing.Projects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every internal link, asset reference and #anchor on every built page resolves. */
class LinkTest {
    @ParameterizedTest
    @ValueSource(strings = {"main", "harbour"})
    void everyInternalLinkAndAnchorResolves(String which, @TempDir Path out) throws IOException {
        Path project = which.equals("main") ? Projects.MAIN : Projects.HARBOUR;
        Path site = out.resolve("site");
        assertTrue(new Builder().build(project, site, null).ok());

        Map<String, Document> pages = new HashMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".html")).toList()) {
                pages.put(site.relativize(p).toString().replace('\\', '/'), Jsoup.parse(p.toFile(), "UTF-8"));
            }
        }
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Document> page : pages.entrySet()) {
            if (page.getKey().equals("404.html")) continue; // its links are absolute by design; see the next test
            for (Element e : page.getValue().select("[href], [src]")) {
                String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (ref.startsWith("http:") || ref.startsWith("https:") || ref.startsWith("mailto:")) continue;
                checked++;
                URI target = URI.create("file:///" + page.getKey()).resolve(ref);
                String path = target.getPath().substring(1);
                if (path.isEmpty() || path.endsWith("/")) path += "index.html";
                if (!Files.isRegularFile(site.resolve(path))) {
                    broken.add(page.getKey() + ": " + ref + " (no file " + path + ")");
                    continue;
                }
                String fragment = target.getFragment();
                if (fragment != null && !fragment.isEmpty()) {
                    Document doc = pages.get(path);
                    if (doc == null || doc.getElementById(fragment) == null) broken.add(page.getKey() + ": " + ref + " (no id " + fragment + ")");
                }
            }
        }
        assertTrue(checked > 100, "links were checked: " + checked);
        assertEquals(List.of(), broken);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/", "https://user.github.io/repo/"})
    void theNotFoundPageLinksByAbsoluteAddressSoItWorksAtAnyDepth(String base, @TempDir Path out) throws IOException {
        Path site = out.resolve("site");
        assertTrue(new Builder().build(Projects.HARBOUR, site, base).ok());
        Document doc = Jsoup.parse(site.resolve("404.html").toFile(), "UTF-8");
        Set<String> refs = doc.select("a[href]").stream().map(e -> e.attr("href"))
                .filter(h -> !h.startsWith("#")).collect(Collectors.toSet());
        assertTrue(refs.size() > 3, refs.toString());
        for (String ref : refs) assertTrue(ref.startsWith(base), ref + " starts with " + base);
        assertTrue(doc.select("link[rel=stylesheet]").isEmpty(), "the 404 page carries its own styles");
    }

    @ParameterizedTest
    @ValueSource(strings = {"main", "harbour"})
    void idsAreUniqueOnEveryPage(String which, @TempDir Path out) throws IOException {
        Path project = which.equals("main") ? Projects.MAIN : Projects.HARBOUR;
        Path site = out.resolve("site");
        assertTrue(new Builder().build(project, site, null).ok());
        List<String> dupes = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".html")).toList()) {
                Map<String, Long> ids = Jsoup.parse(p.toFile(), "UTF-8").select("[id]").stream()
                        .collect(Collectors.groupingBy(e -> e.id(), Collectors.counting()));
                ids.forEach((id, n) -> { if (n > 1) dupes.add(site.relativize(p) + "#" + id); });
            }
        }
        assertEquals(List.of(), dupes);
    }
}
