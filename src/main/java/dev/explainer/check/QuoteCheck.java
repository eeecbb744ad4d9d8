package dev.explainer.check;

import dev.explainer.model.Content;
import dev.explainer.model.Diagnostics;
import dev.explainer.model.QuoteSpot;
import dev.explainer.model.Quoted;
import dev.explainer.model.Source;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every quote must occur in the article it cites, after normalising whitespace, quotes, dashes and
 * Unicode compatibility forms. Returns where each quote was found.
 */
public final class QuoteCheck {
    private QuoteCheck() {}

    public static Map<Quoted, QuoteSpot> run(Content content, Map<String, ArticleIndex> indexes, Diagnostics out) {
        Map<String, Source> sources = new HashMap<>();
        for (Source s : content.sources()) sources.putIfAbsent(s.id(), s);
        Map<Quoted, QuoteSpot> spots = new LinkedHashMap<>();
        for (Quoted q : Quotes.all(content)) {
            ArticleIndex index = indexes.get(q.source());
            if (index == null) continue; // unknown source or unreadable article: reported elsewhere
            QuoteSpot spot = index.find(q.quote());
            if (spot != null) {
                spots.put(q, spot);
            } else {
                String closest = index.closest(q.quote());
                out.error(q.pos(), "quote not found in " + q.source() + " (" + sources.get(q.source()).file() + ")",
                        closest.isEmpty() ? "copy the words exactly from the article"
                                : "closest passage: \"" + closest + "\"");
            }
        }
        return spots;
    }
}
