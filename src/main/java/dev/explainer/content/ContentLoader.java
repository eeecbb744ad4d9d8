package dev.explainer.content;

import dev.explainer.model.Article;
import dev.explainer.model.Content;
import dev.explainer.model.Context;
import dev.explainer.model.Diagnostics;
import dev.explainer.model.Event;
import dev.explainer.model.Pos;
import dev.explainer.model.SiteConfig;
import dev.explainer.model.Source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Reads {@code content/*.yaml}, {@code content/about.md} and the articles in {@code seeds/} into a
 * {@link Content}. Every file is read and validated even when an earlier one failed, so a writer
 * sees all the problems at once; the result is null when any file could not be read into the model
 * (the checks across files then wait until these are fixed).
 */
public final class ContentLoader {
    public static final String CONTENT = "content";
    public static final String SEEDS = "seeds";
    public static final String ABOUT = CONTENT + "/about.md";

    /*
     * Below these sizes, files are read one after the other: for a handful of small files, starting
     * the common thread pool costs a cold build more than it saves.
     */
    private static final long PARALLEL_BYTES = 1 << 20;
    private static final int PARALLEL_ARTICLES = 16;
    /*
     * Where content is loaded side by side: a pool with a thread for every core. Not the common
     * pool, which has one thread fewer than cores and counts on the calling thread to work beside
     * it: a thread waiting for a parallel stream helps with that stream's own tasks only, not with
     * those of a stream nested in it. With the files read side by side, and a large file's parts
     * side by side within that, the common pool's one thread read all 32 parts of the facts.yaml of
     * 10,000 sources while the calling thread waited, most of a core idle for 1.5 s.
     */
    private static final ForkJoinPool LOADING = new ForkJoinPool(Runtime.getRuntime().availableProcessors());

    private final Supplier<Schemas> schemas;
    /*
     * The last reading of each file, by its path, kept while the loader lives (the preview keeps one
     * for all its rebuilds): a file whose text has not changed is not parsed or validated again.
     * The text itself is compared, not the file's time, so no edit can be missed.
     */
    private final Map<String, Parsed> lastParsed = new ConcurrentHashMap<>();
    private final Map<String, Article> lastArticles = new ConcurrentHashMap<>();
    private final boolean keep;
    private final YamlReader yaml = new YamlReader();

    public ContentLoader(Schemas schemas) {
        this(() -> schemas, false);
    }

    /**
     * A loader that asks for the schemas only once the content files are parsed, so that a cold
     * build can set the schemas up on another thread meanwhile. With {@code keep}, it keeps what it
     * read of each file for the next load (as the preview does), and parses again only the files
     * whose text changed; a single build does without, as what it keeps is as large as the content.
     */
    public ContentLoader(Supplier<Schemas> schemas, boolean keep) {
        this.schemas = schemas;
        this.keep = keep;
    }

    public Content load(ProjectFiles files, Diagnostics out) {
        return load(files, out, phase -> { });
    }

    /** Loads the content as {@link #load(ProjectFiles, Diagnostics)} does, telling {@code phase} which step starts. */
    public Content load(ProjectFiles files, Diagnostics out, Consumer<String> phase) {
        phase.accept("parsing content");
        Map<String, YNode> trees = new HashMap<>();
        List<String> others = otherYamlFiles(files);
        List<String> renames = new ArrayList<>();
        boolean complete = true;
        List<String> present = new ArrayList<>();
        for (String kind : Schemas.KINDS) {
            String path = CONTENT + "/" + kind + ".yaml";
            if (files.exists(path)) {
                present.add(kind);
                continue;
            }
            String rename = missing(kind, path, others, out);
            if (rename != null) renames.add(rename);
            complete = false;
        }
        // Each file is read, parsed and validated on its own, so they load side by side; the results
        // and their problems are then taken in the files' order, as if read one after the other.
        boolean large = present.stream().mapToLong(k -> files.size(CONTENT + "/" + k + ".yaml")).sum() >= PARALLEL_BYTES;
        List<Parsed> parsed = parallel(present, large, kind -> parse(kind, files));
        phase.accept("validating content");
        Schemas rules = schemas.get();
        for (Parsed p : parallel(parsed, large, p -> p.validate(rules))) {
            if (keep && p.text() != null) lastParsed.put(files.root().resolve(CONTENT + "/" + p.kind() + ".yaml").toString(), p);
            out.addAll(p.problems().sorted());
            if (p.tree() == null || p.problems().hasErrors()) complete = false;
            else trees.put(p.kind(), p.tree());
            out.addAll(p.markup().sorted());
        }
        List<String> names = Schemas.KINDS.stream().map(k -> k + ".yaml").toList();
        for (String other : others) {
            String kind = other.substring(other.lastIndexOf('/') + 1).replaceFirst("\\.ya?ml$", "");
            String proper = CONTENT + "/" + kind + ".yaml";
            if (renames.contains(other)) continue; // "rename it", reported above
            out.warning(new Pos(other, 1, 1), other + " is not a content file, so nothing in it is used",
                    Schemas.KINDS.contains(kind) ? "the generator reads " + proper + "; move what you need there and delete this file"
                            : Suggest.didYouMean(kind + ".yaml", names, "the content files are " + String.join(", ", names)));
        }
        String about = "";
        if (files.exists(ABOUT)) {
            about = files.read(ABOUT, new Pos(ABOUT, 1, 1), out);
            if (about != null) HtmlGuard.text(about, new Pos(ABOUT, 1, 1), true, out);
        }
        if (!complete || about == null) return null;

        phase.accept("reading articles");
        SiteConfig site = Binder.site(trees.get("site"));
        List<Source> sources = Binder.sources(trees.get("sources"));
        Event event = Binder.event(trees.get("event"));
        Context context = Binder.context(trees.get("context"));
        Map<String, Article> articles = new LinkedHashMap<>();
        List<String> seeds = seedFiles(files);
        Set<String> ids = new HashSet<>();
        List<Source> unique = sources.stream().filter(s -> ids.add(s.id())).toList(); // a duplicate id: the reference check reports it
        for (ReadArticle r : parallel(unique, unique.size() >= PARALLEL_ARTICLES, s -> article(s, files, seeds))) {
            out.addAll(r.problems().sorted());
            if (r.article() != null) articles.put(r.source().id(), r.article());
        }
        return new Content(site, sources, event, Binder.facts(trees.get("facts")), Binder.people(trees.get("people")),
                Binder.figures(trees.get("numbers")), Binder.timeline(trees.get("timeline")), context, about, articles);
    }

    /**
     * A content file read: its text, its tree, what stops it from being used, markup found in it, and
     * whether its schema has been checked yet (after which it is kept for the next build).
     */
    private record Parsed(String kind, String text, YNode tree, Diagnostics problems, Diagnostics markup, boolean validated) {
        /** This file, with what breaks its schema added to its problems. */
        Parsed validate(Schemas rules) {
            if (validated) return this;
            if (tree != null) rules.validate(kind, tree, problems);
            return new Parsed(kind, text, tree, problems, markup, true);
        }
    }

    private Parsed parse(String kind, ProjectFiles files) {
        String path = CONTENT + "/" + kind + ".yaml";
        Diagnostics problems = new Diagnostics();
        Diagnostics markup = new Diagnostics();
        String text = files.read(path, new Pos(path, 1, 1), problems);
        if (text == null) return new Parsed(kind, null, null, problems, markup, true);
        Parsed last = lastParsed.get(files.root().resolve(path).toString());
        if (last != null && last.text().equals(text)) return last;
        YNode tree = yaml.read(path, text, problems);
        // Markup is refused, but the tree is still sound, so the checks across files can run too.
        if (tree != null) HtmlGuard.check(tree, null, markup);
        return new Parsed(kind, text, tree, problems, markup, false);
    }

    private record ReadArticle(Source source, Article article, Diagnostics problems) {}

    private ReadArticle article(Source s, ProjectFiles files, List<String> seeds) {
        Diagnostics problems = new Diagnostics();
        String path = SEEDS + "/" + s.file();
        if (!files.exists(path)) {
            problems.error(s.pos(), "source '" + s.id() + "': file not found: " + path,
                    Suggest.didYouMean(s.file(), seeds, seeds.isEmpty() ? "put the article's text in seeds/"
                            : "the files in seeds/ are " + String.join(", ", seeds)));
            return new ReadArticle(s, null, problems);
        }
        String text = files.read(path, s.pos(), problems);
        if (text == null) return new ReadArticle(s, null, problems);
        String key = files.root().resolve(path) + " " + s.id();
        Article last = lastArticles.get(key);
        if (last != null && last.text().equals(text)) return new ReadArticle(s, last, problems);
        Article read = ArticleReader.read(s.id(), s.file(), text);
        if (keep) lastArticles.put(key, read);
        return new ReadArticle(s, read, problems);
    }

    /** {@code task} applied to each item, on every core when {@code worth} it, the results in the items' order. */
    static <T, R> List<R> parallel(List<T> items, boolean worth, Function<T, R> task) {
        if (!worth) return items.stream().map(task).toList();
        return LOADING.invoke(ForkJoinTask.adapt(() -> items.parallelStream().map(task).toList()));
    }

    /** Reports a missing content file; returns the file it probably is under another name, or null. */
    private static String missing(String kind, String path, List<String> others, Diagnostics out) {
        List<String> names = others.stream().map(o -> o.substring(o.lastIndexOf('/') + 1)).toList();
        String near = Suggest.closest(kind + ".yaml", names).stream().findFirst().orElse(null);
        String hint = near != null ? "rename " + CONTENT + "/" + near + " to " + kind + ".yaml"
                : kind.equals("site") || kind.equals("event") || kind.equals("context")
                ? "every explainer has this file; see docs/writing-content.md for what goes in it"
                : "every explainer has this file; write [] in it if there is nothing to list yet";
        out.error(new Pos(path, 1, 1), "missing file: " + path, hint);
        return near == null ? null : CONTENT + "/" + near;
    }

    /** The YAML files in content/ other than the ones the generator reads, as project paths. */
    private static List<String> otherYamlFiles(ProjectFiles files) {
        List<String> out = new ArrayList<>();
        for (String name : list(files.root().resolve(CONTENT))) {
            if (!(name.endsWith(".yaml") || name.endsWith(".yml"))) continue;
            if (name.endsWith(".yaml") && Schemas.KINDS.contains(name.substring(0, name.length() - 5))) continue;
            out.add(CONTENT + "/" + name);
        }
        return out;
    }

    private static List<String> seedFiles(ProjectFiles files) {
        return list(files.root().resolve(SEEDS)).stream().filter(n -> !n.startsWith(".")).toList();
    }

    private static List<String> list(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Opens a project folder for reading, or reports why it cannot. */
    public static ProjectFiles open(Path project, Diagnostics out) {
        try {
            if (!Files.isDirectory(project.resolve(CONTENT))) {
                out.error(Pos.file(CONTENT), "no content/ folder in " + project.toAbsolutePath().normalize(),
                        "run the command from an explainer's folder, or create one with 'new'");
                return null;
            }
            return new ProjectFiles(project);
        } catch (IOException e) {
            out.error(Pos.file(project.toString()), "cannot open the project: " + e.getMessage(), "check the path");
            return null;
        }
    }
}
