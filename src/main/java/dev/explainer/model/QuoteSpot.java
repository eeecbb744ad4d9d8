package dev.explainer.model;

import java.util.Objects;

/**
 * Where a verified quote sits in its article: the paragraph (1-based) and the character offsets
 * within that paragraph's text. {@link #anchor()} is the id the reading page gives it.
 */
public record QuoteSpot(String source, int paragraph, int start, int end) {
    // Written out rather than left to the record, for a quicker cold start: see Pos.equals.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof QuoteSpot x
            && Objects.equals(source, x.source)
            && paragraph == x.paragraph
            && start == x.start
            && end == x.end;
    }

    @Override
    public int hashCode() {
        // Objects.hash's value, without the array and the boxing it takes on every call.
        int h = 1;
        h = 31 * h + Objects.hashCode(source);
        h = 31 * h + paragraph;
        h = 31 * h + start;
        h = 31 * h + end;
        return h;
    }

    public String anchor() {
        return "p" + paragraph + "-" + start;
    }
}
