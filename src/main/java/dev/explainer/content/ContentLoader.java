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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code content/*.yaml}, {@code content/about.md} and the articles in {@code seeds/} into a
 * {@link Content}. Every file is read and validated even when an earlier one failed, so a writer
 * sees all the problems at once; the result is null when any file could not be read into the model.
 */
public final class ContentLoader {
    public static final String CONTENT = "content";
    public static final String SEEDS = "seeds";

    private final Schemas schemas;
    private final YamlReader yaml = new YamlReader();

    public ContentLoader(Schemas schemas) {
        this.schemas = schemas;
    }

    public Content load(ProjectFiles files, Diagnostics out) {
        Map<String, YNode> trees = new HashMap<>();
        boolean complete = true;
        for (String kind : Schemas.KINDS) {
            String path = CONTENT + "/" + kind + ".yaml";
            int before = (int) out.errorCount();
            String text = files.read(path, Pos.file(path), out);
            YNode tree = text == null ? null : yaml.read(path, text, out);
            if (tree != null) schemas.validate(kind, tree, out);
            if (tree == null || out.errorCount() > before) complete = false;
            else trees.put(kind, tree);
        }
        String about = "";
        if (files.exists(CONTENT + "/about.md")) {
            about = files.read(CONTENT + "/about.md", Pos.file(CONTENT + "/about.md"), out);
        }
        if (!complete || about == null) return null;

        SiteConfig site = Binder.site(trees.get("site"));
        List<Source> sources = Binder.sources(trees.get("sources"));
        Event event = Binder.event(trees.get("event"));
        Context context = Binder.context(trees.get("context"));
        Map<String, Article> articles = new LinkedHashMap<>();
        for (Source s : sources) {
            if (articles.containsKey(s.id())) continue; // a duplicate id; the reference check reports it
            String text = files.read(SEEDS + "/" + s.file(), s.pos(), out);
            if (text != null) articles.put(s.id(), ArticleReader.read(s.id(), s.file(), text));
        }
        return new Content(site, sources, event, Binder.facts(trees.get("facts")), Binder.people(trees.get("people")),
                Binder.figures(trees.get("numbers")), Binder.timeline(trees.get("timeline")), context, about, articles);
    }

    /** Opens a project folder for reading, or reports why it cannot. */
    public static ProjectFiles open(java.nio.file.Path project, Diagnostics out) {
        try {
            if (!java.nio.file.Files.isDirectory(project.resolve(CONTENT))) {
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
