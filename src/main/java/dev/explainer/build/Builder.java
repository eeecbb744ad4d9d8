package dev.explainer.build;

import dev.explainer.check.Checks;
import dev.explainer.content.ContentLoader;
import dev.explainer.content.ProjectFiles;
import dev.explainer.content.Schemas;
import dev.explainer.model.Content;
import dev.explainer.model.Diagnostics;
import dev.explainer.model.Pos;
import dev.explainer.model.Provenance;
import dev.explainer.output.SiteWriter;
import dev.explainer.render.Assets;
import dev.explainer.render.Markdown;
import dev.explainer.render.Page;
import dev.explainer.render.PagePlan;
import dev.explainer.render.Templates;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds one explainer: load → check → plan → render → write. Keeps the schemas, Markdown parser
 * and templates warm between builds, so the preview server rebuilds in milliseconds.
 */
public final class Builder {
    private final Schemas schemas = new Schemas();
    private final Markdown markdown = new Markdown();
    private final Map<Path, Templates> templates = new ConcurrentHashMap<>();

    /** Loads and checks the content without rendering or writing anything. */
    public BuildResult check(Path project) {
        long start = System.nanoTime();
        Diagnostics out = new Diagnostics();
        Loaded loaded = load(project, out);
        return new BuildResult(out.sorted(), loaded.content, loaded.provenance, Map.of(), 0, millis(start));
    }

    /**
     * Builds the site into {@code target}, replacing what was there only when everything
     * succeeded. {@code baseUrl} overrides the site's configured base URL when not null.
     */
    public BuildResult build(Path project, Path target, String baseUrl) {
        long start = System.nanoTime();
        Diagnostics out = new Diagnostics();
        Loaded loaded = load(project, out);
        if (out.hasErrors()) return new BuildResult(out.sorted(), loaded.content, loaded.provenance, Map.of(), 0, millis(start));

        PagePlan plan = new PagePlan(loaded.content, loaded.provenance, markdown, baseUrl);
        Map<String, byte[]> files = render(project, plan, loaded.content, out);
        if (!out.hasErrors()) {
            try {
                SiteWriter.write(target, files);
            } catch (IOException e) {
                out.error(Pos.file(project.relativize(target.toAbsolutePath()).toString()), "cannot write the site: " + e.getMessage(),
                        "check the output folder is writable; the previous site is unchanged");
            }
        }
        int pages = (int) files.keySet().stream().filter(f -> f.endsWith(".html")).count();
        return new BuildResult(out.sorted(), loaded.content, loaded.provenance, out.hasErrors() ? Map.of() : files,
                out.hasErrors() ? 0 : pages, millis(start));
    }

    private record Loaded(Content content, Provenance provenance) {}

    private Loaded load(Path project, Diagnostics out) {
        ProjectFiles files = ContentLoader.open(project, out);
        if (files == null) return new Loaded(null, null);
        Content content = new ContentLoader(schemas).load(files, out);
        if (content == null) return new Loaded(null, null);
        Provenance provenance = Checks.run(content, out);
        return new Loaded(content, provenance);
    }

    private Map<String, byte[]> render(Path project, PagePlan plan, Content content, Diagnostics out) {
        Path templateDir = project.toAbsolutePath().normalize().resolve("templates");
        Templates t;
        try {
            t = templates.computeIfAbsent(templateDir, d -> {
                try {
                    return new Templates(d);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            out.error(Pos.file("templates"), "cannot read the templates: " + e.getCause().getMessage(), "check the templates folder");
            return Map.of();
        }
        List<Page> pages = new ArrayList<>(plan.pages());
        pages.addAll(plan.indexes(pages));
        Map<String, byte[]> files = new ConcurrentHashMap<>();
        List<String> failures = new ArrayList<>();
        // Pages are independent, so they render on every core; Freemarker templates are thread-safe.
        pages.parallelStream().forEach(p -> {
            try {
                files.put(p.path(), t.render(p.template(), p.model()).getBytes(StandardCharsets.UTF_8));
            } catch (TemplateException | IOException e) {
                synchronized (failures) {
                    out.add(templateError(p, e));
                    failures.add(p.path());
                }
            }
        });
        Assets.copy(templateDir, files, out);
        files.put("robots.txt", ("User-agent: *\nAllow: /\nSitemap: " + plan.baseUrl() + "sitemap.xml\n").getBytes(StandardCharsets.UTF_8));
        files.put(".nojekyll", new byte[0]);
        if (content.site().domain() != null) files.put("CNAME", (content.site().domain() + "\n").getBytes(StandardCharsets.UTF_8));
        return new TreeMap<>(files);
    }

    private static dev.explainer.model.Diagnostic templateError(Page p, Exception e) {
        String name;
        int line;
        int col;
        String message;
        if (e instanceof TemplateException te) {
            name = te.getTemplateSourceName();
            line = te.getLineNumber() == null ? 0 : te.getLineNumber();
            col = te.getColumnNumber() == null ? 0 : te.getColumnNumber();
            message = te.getBlamedExpressionString() != null
                    ? "'" + te.getBlamedExpressionString() + "' failed: " + firstLine(te.getMessageWithoutStackTop())
                    : firstLine(te.getMessageWithoutStackTop());
        } else if (e instanceof ParseException pe) {
            name = pe.getTemplateName();
            line = pe.getLineNumber();
            col = pe.getColumnNumber();
            message = "template syntax error: " + firstLine(pe.getEditorMessage());
        } else {
            name = p.template();
            line = 0;
            col = 0;
            message = firstLine(e.getMessage());
        }
        return dev.explainer.model.Diagnostic.error(new Pos("templates/" + (name == null ? p.template() : name), line, col),
                message + " (rendering " + p.path() + ")", "fix the template; the previous site is unchanged");
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
