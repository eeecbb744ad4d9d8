package dev.explainer.check;

import dev.explainer.model.Article;
import dev.explainer.model.QuoteSpot;

import java.util.ArrayList;
import java.util.List;

/**
 * One article normalised once, so that each quote is a substring search rather than a fresh pass
 * over the raw text.
 */
public final class ArticleIndex {
    private final Article article;
    private final List<TextNormalizer.Normalized> paragraphs = new ArrayList<>();

    public ArticleIndex(Article article) {
        this.article = article;
        for (String p : article.paragraphs()) paragraphs.add(TextNormalizer.of(p));
    }

    public Article article() {
        return article;
    }

    /** Where the quote sits, or null when the article does not contain it. */
    public QuoteSpot find(String quote) {
        String q = TextNormalizer.normalize(quote);
        if (q.isEmpty()) return null;
        for (int i = 0; i < paragraphs.size(); i++) {
            TextNormalizer.Normalized p = paragraphs.get(i);
            int at = p.text().indexOf(q);
            if (at >= 0) {
                String original = article.paragraphs().get(i);
                return new QuoteSpot(article.sourceId(), i + 1, p.origin()[at], p.originEnd(at + q.length(), original));
            }
        }
        return null;
    }

    /**
     * The passage of the article most like the quote: the window of as many words that shares
     * the most words with it. Shown as a hint when a quote is not found.
     */
    public String closest(String quote) {
        List<String> want = words(TextNormalizer.normalize(quote));
        if (want.isEmpty()) return "";
        String best = "";
        int bestScore = -1;
        for (TextNormalizer.Normalized p : paragraphs) {
            List<String> w = List.of(p.text().split(" "));
            int k = Math.min(want.size(), w.size());
            for (int start = 0; start + k <= w.size(); start++) {
                int score = 0;
                for (int j = 0; j < k; j++) {
                    if (want.contains(strip(w.get(start + j)))) score++;
                    if (j < want.size() && strip(w.get(start + j)).equals(want.get(j))) score++;
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = String.join(" ", w.subList(start, start + k));
                }
            }
        }
        return best;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.split(" ")) if (!strip(w).isEmpty()) out.add(strip(w));
        return out;
    }

    private static String strip(String w) {
        return w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "").toLowerCase();
    }
}
