package dev.explainer.web;

import dev.explainer.build.BuildResult;
import dev.explainer.build.Builder;
import dev.explainer.model.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The project's own explainer, built into a folder the way {@code build --base-url} builds it,
 * with the helpers the web tests share: its pages, each parsed at the URL it is published at, and
 * the mapping from a URL back to the file GitHub Pages would serve for it.
 */
record BuiltSite(Path dir, String baseUrl) {
    /** A project site, where everything lives under a path: the case relative links must survive. */
    static final String PROJECT_BASE = "https://example.github.io/repo/";
    /** A custom domain, served from the root. */
    static final String DOMAIN_BASE = "https://explainer.example.org/";

    static BuiltSite build(Path dir, String baseUrl) {
        BuildResult r = new Builder().build(Path.of("."), dir, baseUrl);
        assertTrue(r.ok(), () -> "the explainer does not build:\n"
                + r.diagnostics().stream().map(Diagnostic::line).collect(Collectors.joining("\n")));
        return new BuiltSite(dir, baseUrl);
    }

    /** Every HTML file, as a path relative to the site root with '/' separators, sorted. */
    List<String> pages() {
        return files().stream().filter(p -> p.endsWith(".html")).toList();
    }

    List<String> files() {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path part of the base URL: "/repo/" for a project site, "/" at a domain root. */
    String rootPath() {
        return URI.create(baseUrl).getPath();
    }

    /** The URL a file is published at; index.html is published as its folder. */
    String url(String file) {
        return baseUrl + (file.equals("index.html") ? "" : file.endsWith("/index.html") ? file.substring(0, file.length() - 10) : file);
    }

    Document doc(String file) {
        return Jsoup.parse(text(file), url(file));
    }

    String text(String file) {
        try {
            return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] bytes(String file) {
        try {
            return Files.readAllBytes(dir.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The file GitHub Pages serves for an absolute URL on this site (folder → index.html,
     * extensionless → .html), or empty when the URL is outside the site or names no file.
     */
    Optional<String> fileFor(URI url) {
        URI base = URI.create(baseUrl);
        if (!base.getHost().equalsIgnoreCase(String.valueOf(url.getHost()))) return Optional.empty();
        String path = url.getPath();
        if (path == null || !path.startsWith(base.getPath())) return Optional.empty();
        String rel = path.substring(base.getPath().length());
        for (String candidate : List.of(rel, rel + (rel.isEmpty() || rel.endsWith("/") ? "index.html" : "/index.html"), rel + ".html")) {
            if (!candidate.isEmpty() && !candidate.endsWith("/") && Files.isRegularFile(dir.resolve(candidate).normalize())
                    && dir.resolve(candidate).normalize().startsWith(dir)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
