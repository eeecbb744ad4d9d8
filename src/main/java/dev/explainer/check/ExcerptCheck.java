package dev.explainer.check;

import dev.explainer.model.Caps;
import dev.explainer.model.Content;
import dev.explainer.model.Diagnostics;
import dev.explainer.model.QuoteSpot;
import dev.explainer.model.Quoted;
import dev.explainer.model.Source;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reading pages show short excerpts, not whole articles: a quote longer than the site's cap, or more
 * quoted words from one source than its cap, is a warning (sources that allow full text are exempt).
 */
public final class ExcerptCheck {
    private ExcerptCheck() {}

    public static void run(Content c, Map<Quoted, QuoteSpot> spots, Diagnostics out) {
        Caps caps = c.site().caps();
        Map<String, Integer> perSource = new HashMap<>();
        Set<QuoteSpot> counted = new HashSet<>();
        for (Quoted q : Quotes.all(c)) {
            int words = words(q.quote());
            if (words > caps.wordsPerQuote()) {
                out.warning(q.pos(), "quote of " + words + " words is longer than the cap of " + caps.wordsPerQuote(),
                        "quote only the words that prove the statement");
            }
            QuoteSpot s = spots.get(q);
            if (s != null && counted.add(s)) perSource.merge(q.source(), words, Integer::sum);
        }
        for (Source s : c.sources()) {
            int total = perSource.getOrDefault(s.id(), 0);
            if (!s.fullText() && total > caps.wordsPerSource()) {
                out.warning(s.pos(), "source '" + s.id() + "' is quoted for " + total + " words, more than the cap of "
                        + caps.wordsPerSource(), "shorten quotes, or set full_text: true if the article is licensed");
            }
        }
    }

    /** The words of a quote: its runs of characters between whitespace ({@code \\s+}), counted without a regex. */
    static int words(String s) {
        String t = s.strip();
        if (t.isEmpty()) return 0;
        int n = 1;
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean sp = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
            if (sp && !space) n++;
            space = sp;
        }
        return n;
    }
}
