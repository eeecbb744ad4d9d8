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
import dev.explainer.output.Utf8Writer;
import dev.explainer.render.Assets;
import dev.explainer.render.Markdown;
import dev.explainer.render.Page;
import dev.explainer.render.PagePlan;
import dev.explainer.render.Templates;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Builds one explainer: load → check → plan → render → write. Keeps the schemas, Markdown parser
 * and templates warm between builds, so the preview server rebuilds in milliseconds.
 */
public final class Builder {
    /** The templates every explainer has, parsed while the schemas are set up. */
    private static final List<String> TEMPLATES = List.of("home.ftlh", "figures.ftlh", "context.ftlh", "compare.ftlh",
            "about.ftlh", "source.ftlh", "404.ftlh", "sitemap.ftlx", "feed.ftlx");

    // A cold build spends much of its time loading and first running the libraries, so they are
    // set up on a thread of their own (the schemas, then flexmark, which first renders a line to
    // load what rendering needs) while the build starts to read the content; the templates are
    // parsed beside the content too (see buildSite). On two cores a cold build then waits for the
    // slower of the two, not for both.
    private final CompletableFuture<Schemas> schemas = CompletableFuture.supplyAsync(Schemas::new, Builder::daemon);
    private final CompletableFuture<Markdown> markdown = schemas.thenApply(s -> {
        Markdown m = new Markdown();
        m.html("A *first* [line](https://example.org/).");
        return m;
    });
    private final Map<Path, Templates> templates = new ConcurrentHashMap<>();
    private final ContentLoader loader;
    private final Executor cleanup;

    /** A builder for one build, or a few: it keeps nothing of the content between builds. */
    public Builder() {
        this(false, Runnable::run);
    }

    /**
     * A builder that, with {@code incremental}, keeps what it read of each file between builds and
     * parses again only the files whose text changed: the preview's, which rebuilds on every save.
     * The site a build replaces is deleted by {@code cleanup}, after the build has returned when
     * that runs it later: the preview's rebuilds are then done, and reported, without waiting for
     * the disk to delete 1,000 old pages (0.3 s on the machine of docs/performance.md).
     */
    public Builder(boolean incremental, Executor cleanup) {
        loader = new ContentLoader(() -> join(schemas), incremental);
        this.cleanup = cleanup;
    }

    /** Loads and checks the content without rendering or writing anything. */
    public BuildResult check(Path project) {
        return check(project, Progress.NONE);
    }

    /**
     * Checks as {@link #check(Path)} does, telling {@code progress} which phase it is in (a check of
     * thousands of sources takes seconds); {@code progress} is finished when the check ends.
     */
    public BuildResult check(Path project, Progress progress) {
        try {
            long start = System.nanoTime();
            Diagnostics out = new Diagnostics();
            Loaded loaded = load(project, out, progress);
            return new BuildResult(out.sorted(), loaded.content, loaded.provenance, Map.of(), 0, millis(start));
        } finally {
            progress.finish();
        }
    }

    /**
     * Builds the site into {@code target}, replacing what was there only when everything
     * succeeded. {@code baseUrl} overrides the site's configured base URL when not null.
     */
    public BuildResult build(Path project, Path target, String baseUrl) {
        return build(project, target, baseUrl, Progress.NONE);
    }

    /**
     * Builds the site as {@link #build(Path, Path, String)} does, telling {@code progress} how far
     * it has got: loading, checking, then rendering (and writing) page by page, then putting the site
     * in place. {@code progress} is finished when the build ends, whatever happened.
     */
    public BuildResult build(Path project, Path target, String baseUrl, Progress progress) {
        try {
            return buildSite(project, target, baseUrl, progress);
        } finally {
            progress.finish();
        }
    }

    private BuildResult buildSite(Path project, Path target, String baseUrl, Progress progress) {
        long start = System.nanoTime();
        Diagnostics out = new Diagnostics();
        Path templateDir = project.toAbsolutePath().normalize().resolve("templates");
        // Parsed on another core while this one loads and checks the content; problems are reported
        // only if rendering starts.
        Diagnostics templateProblems = new Diagnostics();
        CompletableFuture<Templates> parsing = CompletableFuture.supplyAsync(() -> templates(templateDir, templateProblems), Builder::daemon);
        Loaded loaded = load(project, out, progress);
        progress.update("waiting for the templates", 0, 0, "");
        Templates t = join(parsing);
        if (out.hasErrors()) return new BuildResult(out.sorted(), loaded.content, loaded.provenance, Map.of(), 0, millis(start));

        progress.update("planning pages", 0, 0, "");
        PagePlan plan = new PagePlan(loaded.content, loaded.provenance, join(markdown), baseUrl);
        if (t == null) out.addAll(templateProblems.sorted());
        List<String> written = renderAndWrite(project, target, templateDir, t, plan, loaded.content, out, progress);
        if (out.hasErrors()) return new BuildResult(out.sorted(), loaded.content, loaded.provenance, Map.of(), 0, millis(start));
        int pages = (int) written.stream().filter(Builder::isPage).count();
        return new BuildResult(out.sorted(), loaded.content, loaded.provenance, new SiteFiles(target.toAbsolutePath().normalize(), written),
                pages, millis(start));
    }

    private record Loaded(Content content, Provenance provenance) {}

    private Loaded load(Path project, Diagnostics out, Progress progress) {
        progress.update("loading content", 0, 0, "");
        ProjectFiles files = ContentLoader.open(project, out);
        if (files == null) return new Loaded(null, null);
        Content content = loader.load(files, out, phase -> progress.update(phase, 0, 0, ""));
        if (content == null) return new Loaded(null, null);
        Provenance provenance = Checks.run(content, out, phase -> progress.update(phase, 0, 0, ""));
        return new Loaded(content, provenance);
    }

    /** The value of a warm-up task, or what it threw. */
    private static <T> T join(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
    }

    /** The templates of this folder (or the built-in ones), parsed once and kept for the next build. */
    private Templates templates(Path templateDir, Diagnostics out) {
        try {
            Templates t = templates.computeIfAbsent(templateDir, d -> {
                try {
                    return new Templates(d);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            t.refresh(TEMPLATES);
            return t;
        } catch (java.io.UncheckedIOException e) {
            out.error(Pos.file("templates"), "cannot read the templates: " + e.getCause().getMessage(), "check the templates folder");
            return null;
        } catch (IOException e) {
            // A template that does not parse is reported, with its line, when a page uses it.
            return templates.get(templateDir);
        }
    }

    /**
     * Draws every page and writes it straight into a fresh folder, which replaces {@code target}
     * only when every page succeeded. Returns the paths written, sorted.
     */
    private List<String> renderAndWrite(Path project, Path target, Path templateDir, Templates t, PagePlan plan,
                                        Content content, Diagnostics out, Progress progress) {
        if (t == null) return List.of();
        List<PagePlan.Planned> pages = new ArrayList<>(plan.planned());
        List<String> paths = pages.stream().map(PagePlan.Planned::path).toList();
        for (Page index : plan.indexesOf(paths)) pages.add(new PagePlan.Planned(index.path(), index.template(), index::model));

        // If the output folder cannot be written, the pages are still drawn, so that template
        // errors are reported first, as they would be for a folder that can.
        SiteWriter.Staging staging = null;
        IOException cannotWrite = null;
        try {
            staging = SiteWriter.Staging.begin(target);
        } catch (IOException e) {
            cannotWrite = e;
        }
        Sink sink = new Sink(staging);
        try {
            // Counted as the summary counts them (isPage): the sitemap and the feed are drawn with the
            // pages but not counted, so the count ends at the number the summary gives.
            AtomicInteger done = new AtomicInteger();
            int htmlPages = (int) pages.stream().filter(p -> isPage(p.path())).count();
            progress.update("rendering", 0, htmlPages, "pages");
            // Pages are independent, so they are drawn on every core, each model made just before its
            // page and dropped once the page is written; Freemarker and the view builder are thread-safe.
            onEveryCore(pages.size(), i -> {
                Page p = pages.get(i).page();
                try (Writer w = new Utf8Writer(sink.create(p.path()))) {
                    t.render(p.template(), p.model(), w);
                } catch (TemplateException | IOException e) {
                    synchronized (out) {
                        out.add(templateError(p, e));
                    }
                }
                if (isPage(p.path())) progress.update("rendering", done.incrementAndGet(), htmlPages, "pages");
            });
            progress.update("copying assets", 0, 0, "");
            Map<String, byte[]> files = new TreeMap<>();
            Assets.copy(templateDir, files, out);
            files.put("robots.txt", ("User-agent: *\nAllow: /\nSitemap: " + plan.baseUrl() + "sitemap.xml\n").getBytes(StandardCharsets.UTF_8));
            files.put(".nojekyll", new byte[0]);
            if (content.site().domain() != null) files.put("CNAME", (content.site().domain() + "\n").getBytes(StandardCharsets.UTF_8));
            files.forEach(sink::write);
            if (out.hasErrors()) return List.of();
            if (cannotWrite == null) cannotWrite = sink.failure();
            if (cannotWrite == null) {
                progress.update("writing the site", 0, 0, "");
                Path old = staging.swap();
                if (old != null) {
                    progress.update("deleting the old site", 0, 0, "");
                    cleanup.execute(() -> deleteOldSite(old));
                }
            }
        } catch (IOException e) {
            cannotWrite = e;
        } finally {
            if (staging != null) {
                try {
                    staging.close();
                } catch (IOException e) {
                    // Only a leftover temporary folder beside the site; the site itself is intact.
                }
            }
        }
        if (cannotWrite != null) {
            out.error(Pos.file(project.relativize(target.toAbsolutePath()).toString()), "cannot write the site: " + cannotWrite.getMessage(),
                    "check the output folder is writable; the previous site is unchanged");
            return List.of();
        }
        return new ArrayList<>(new TreeSet<>(sink.paths));
    }

    private static void deleteOldSite(Path old) {
        try {
            SiteWriter.delete(old);
        } catch (IOException e) {
            // Only a hidden folder beside the new site, which the first build after this process deletes.
        }
    }

    /** Where pages go as they are drawn: the staging folder, or nowhere when it could not be made. */
    private static final class Sink {
        private final SiteWriter.Staging staging;
        private final Set<String> paths = ConcurrentHashMap.newKeySet();
        private volatile IOException failure;

        Sink(SiteWriter.Staging staging) {
            this.staging = staging;
        }

        void write(String path, byte[] bytes) {
            try (OutputStream o = create(path)) {
                o.write(bytes);
            } catch (IOException e) {
                // create() never throws, and a failed write was recorded
            }
        }

        /**
         * A stream into the file at {@code path}, or into nothing once writing has failed; a write
         * error is recorded, not thrown, so that the page's template problems are still found.
         */
        OutputStream create(String path) {
            paths.add(path);
            if (staging != null && failure == null) {
                try {
                    return new Recording(staging.create(path));
                } catch (IOException e) {
                    failure = e;
                }
            }
            return OutputStream.nullOutputStream();
        }

        IOException failure() {
            return failure;
        }

        /** Passes bytes to a file, recording the first failure instead of throwing it. */
        private final class Recording extends FilterOutputStream {
            Recording(OutputStream out) {
                super(out);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                if (failure != null) return;
                try {
                    out.write(b, off, len);
                } catch (IOException e) {
                    failure = e;
                }
            }

            @Override
            public void write(int b) {
                write(new byte[]{(byte) b}, 0, 1);
            }

            @Override
            public void flush() {
                try {
                    out.flush();
                } catch (IOException e) {
                    if (failure == null) failure = e;
                }
            }

            @Override
            public void close() {
                try {
                    out.close();
                } catch (IOException e) {
                    if (failure == null) failure = e;
                }
            }
        }
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

    /**
     * Runs {@code task} for 0 to {@code count - 1} on this thread and the common pool's, each thread
     * taking the next number as it finishes one. Pages differ in cost (at 10,000 sources the
     * comparison page takes as long as 3,000 source pages), and a parallel stream splits the list
     * into fixed parts: one thread then idled for 1.4 s of the 8 s of drawing while the other
     * finished its part. Returns once every thread has stopped; what one threw is thrown then.
     */
    static void onEveryCore(int count, IntConsumer task) {
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            try {
                for (int i; (i = next.getAndIncrement()) < count; ) task.accept(i);
            } catch (RuntimeException | Error e) {
                next.set(count); // the others stop at their next item
                throw e;
            }
        };
        int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), count - 1);
        List<ForkJoinTask<?>> running = new ArrayList<>();
        for (int k = 0; k < helpers; k++) running.add(ForkJoinPool.commonPool().submit(worker));
        Throwable failed = null;
        try {
            worker.run();
        } catch (RuntimeException | Error e) {
            failed = e;
        }
        for (ForkJoinTask<?> r : running) {
            try {
                r.join();
            } catch (RuntimeException | Error e) {
                if (failed == null) failed = e;
            }
        }
        if (failed instanceof RuntimeException e) throw e;
        if (failed instanceof Error e) throw e;
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r, "explainer-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** What the summary and the progress count as a page: an HTML file, not the sitemap or the feed. */
    private static boolean isPage(String path) {
        return path.endsWith(".html");
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
