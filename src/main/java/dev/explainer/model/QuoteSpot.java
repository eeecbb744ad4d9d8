package dev.explainer.model;

/**
 * Where a verified quote sits in its article: the paragraph (1-based) and the character offsets
 * within that paragraph's text. {@link #anchor()} is the id the reading page gives it.
 */
public record QuoteSpot(String source, int paragraph, int start, int end) {
    public String anchor() {
        return "p" + paragraph + "-" + start;
    }
}
