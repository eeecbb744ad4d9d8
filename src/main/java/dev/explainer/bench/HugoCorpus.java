package dev.explainer.bench;

import dev.explainer.output.SiteWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

/**
 * Writes a Hugo site equivalent to {@link SyntheticExplainer}'s explainer of the same size, so the
 * two generators can be timed on the same work: one page per source carrying the same article (the
 * same words, as Markdown) and the same quotes beside the same claims (as front matter, so Hugo parses
 * as much YAML as we do), a list page of all sources, a home page, an about page, a sitemap and a
 * feed. Hugo does not verify quotes, recognise names or compare sources; the explainer does all of
 * that too, so the comparison favours Hugo. Its templates are self-contained (no theme).
 */
public final class HugoCorpus {
    private HugoCorpus() {}

    /** Writes the Hugo site for {@code n} sources into {@code dir}, replacing its content. */
    public static void write(Path dir, int n) throws IOException {
        SyntheticExplainer x = new SyntheticExplainer(n);
        Path content = dir.resolve("content");
        Path sources = content.resolve("sources");
        Path layouts = dir.resolve("layouts");
        SiteWriter.delete(content);
        Files.createDirectories(sources);
        Files.createDirectories(layouts.resolve("_default"));
        write(dir.resolve("config.toml"), """
                baseURL = "https://example.org/hugo/"
                title = "Synthetic explainer"
                languageCode = "en"
                disableKinds = ["taxonomy", "term"]
                rssLimit = 20
                enableRobotsTXT = true
                """);
        write(layouts.resolve("_default/baseof.html"), """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{{ .Title }} · {{ .Site.Title }}</title>
                <meta name="description" content="{{ .Summary | plainify | truncate 150 }}">
                <link rel="canonical" href="{{ .Permalink }}">
                </head>
                <body>
                <header><a href="{{ "" | relURL }}">{{ .Site.Title }}</a>
                <nav><ul><li><a href="{{ "sources/" | relURL }}">Sources</a></li><li><a href="{{ "about/" | relURL }}">About</a></li></ul></nav>
                </header>
                <main>{{ block "main" . }}{{ end }}</main>
                <footer><p>Every statement cites a verbatim quote. <a href="{{ "sources/" | relURL }}">All sources</a>.</p></footer>
                </body>
                </html>
                """);
        write(layouts.resolve("_default/single.html"), """
                {{ define "main" }}
                <h1>{{ .Title }}</h1>
                <p>{{ .Params.outlet }}, {{ .Date.Format "2 January 2006" }} · {{ .WordCount }} words</p>
                <h2>What it says, in order</h2>
                <ol>
                {{ range .Params.quotes }}<li><blockquote><p>“{{ .quote }}”</p></blockquote><p>{{ .claim }}</p></li>
                {{ end }}</ol>
                <h2>The article</h2>
                {{ .Content }}
                {{ end }}
                """);
        write(layouts.resolve("_default/list.html"), """
                {{ define "main" }}
                <h1>{{ .Title }}</h1>
                {{ .Content }}
                <ol>
                {{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Params.outlet }}: {{ .Title }}</a> {{ .Date.Format "2 January 2006" }}</li>
                {{ end }}</ol>
                {{ end }}
                """);
        write(layouts.resolve("index.html"), """
                {{ define "main" }}
                <h1>{{ .Site.Title }}</h1>
                {{ .Content }}
                <p><a href="{{ "sources/" | relURL }}">Read the sources one by one.</a></p>
                {{ end }}
                """);
        write(content.resolve("_index.md"), "---\ntitle: Synthetic explainer\n---\nGoods move through the depots, as counted by the sources.\n");
        write(content.resolve("about.md"), "---\ntitle: About\n---\nThis explainer was generated to measure the generator.\n");
        write(sources.resolve("_index.md"), "---\ntitle: Sources\n---\nEvery source, in order.\n");
        try {
            IntStream.range(0, n).parallel().forEach(i -> {
                try {
                    write(sources.resolve(SyntheticExplainer.sourceId(i) + ".md"), page(x, i));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String page(SyntheticExplainer x, int i) {
        StringBuilder md = new StringBuilder(12 * 1024);
        md.append("---\n")
                .append("title: ").append(q(x.headline(i))).append('\n')
                .append("date: ").append(SyntheticExplainer.date(i)).append('\n')
                .append("outlet: ").append(q(SyntheticExplainer.outlet(i))).append('\n')
                .append("quotes:\n");
        for (int f : x.factsCitedBy(i)) {
            md.append("  - quote: ").append(q(x.quoteFor(f, i))).append('\n')
                    .append("    claim: ").append(q(SyntheticExplainer.factText(f))).append('\n');
        }
        int c = x.contradictedBy(i);
        if (c >= 0) {
            md.append("  - quote: ").append(q(x.contradictionQuote(c))).append('\n')
                    .append("    claim: ").append(q("Contradicts: " + SyntheticExplainer.factText(c))).append('\n');
        }
        md.append("---\n");
        String article = x.article(i);
        md.append(article, article.indexOf("\n\n") + 2, article.length());
        return md.toString();
    }

    private static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void write(Path p, String text) throws IOException {
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }
}
