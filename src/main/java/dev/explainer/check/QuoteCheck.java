package dev.explainer.check;

import dev.explainer.model.Article;
import dev.explainer.model.Content;
import dev.explainer.model.Diagnostics;
import dev.explainer.model.QuoteSpot;
import dev.explainer.model.Quoted;
import dev.explainer.model.Source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every quote must occur in the article it cites, after normalising whitespace, quotes, dashes and
 * Unicode compatibility forms. Returns where each quote was found.
 */
public final class QuoteCheck {
    private QuoteCheck() {}

    /**
     * Checks every quote, normalising each article once. Articles are independent, so they are
     * checked on every core, and each article's index is dropped as soon as its quotes are found:
     * memory stays that of a few articles, not of the whole corpus.
     */
    public static Map<Quoted, QuoteSpot> run(Content content, Diagnostics out) {
        return run(content, id -> {
            Article a = content.articles().get(id);
            return a == null ? null : new ArticleIndex(a);
        }, out);
    }

    /** Checks every quote against the given, already built, article indexes (by source id). */
    public static Map<Quoted, QuoteSpot> run(Content content, Map<String, ArticleIndex> indexes, Diagnostics out) {
        return run(content, indexes::get, out);
    }

    private static Map<Quoted, QuoteSpot> run(Content content, Function<String, ArticleIndex> index, Diagnostics out) {
        Map<String, Source> sources = new HashMap<>();
        for (Source s : content.sources()) sources.putIfAbsent(s.id(), s);
        List<Quoted> all = Quotes.all(content);
        // Positions in 'all' of each source's quotes, sources in order of first citation.
        Map<String, List<Integer>> bySource = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) bySource.computeIfAbsent(all.get(i).source(), k -> new ArrayList<>()).add(i);

        QuoteSpot[] spots = new QuoteSpot[all.size()];
        String[] closest = new String[all.size()];
        boolean[] checked = new boolean[all.size()];
        // A handful of articles is checked faster on this thread than by starting others.
        var work = bySource.entrySet().stream();
        (bySource.size() > 16 ? work.parallel() : work).forEach(e -> {
            ArticleIndex a = index.apply(e.getKey());
            if (a == null) return; // unknown source or unreadable article: reported elsewhere
            for (int i : e.getValue()) {
                checked[i] = true;
                spots[i] = a.find(all.get(i).quote());
                if (spots[i] == null) closest[i] = a.closest(all.get(i).quote());
            }
        });

        // Results and errors in the order the files list the quotes, as if checked one by one.
        Map<Quoted, QuoteSpot> found = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            if (!checked[i]) continue;
            Quoted q = all.get(i);
            if (spots[i] != null) {
                found.put(q, spots[i]);
            } else {
                out.error(q.pos(), "quote not found in " + q.source() + " (" + sources.get(q.source()).file() + ")",
                        closest[i].isEmpty() ? "copy the words exactly from the article"
                                : "closest passage: \"" + closest[i] + "\"");
            }
        }
        return found;
    }
}
