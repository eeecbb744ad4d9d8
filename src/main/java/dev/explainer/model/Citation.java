package dev.explainer.model;

import java.util.Objects;

/** A source that supports a statement, with the verbatim words that show it. */
public record Citation(String source, String quote, Pos pos) implements Quoted {
    // Written out rather than left to the record, for a quicker cold start: see Pos.equals.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Citation x
            && Objects.equals(source, x.source)
            && Objects.equals(quote, x.quote)
            && Objects.equals(pos, x.pos);
    }

    @Override
    public int hashCode() {
        // Objects.hash's value, without the array and the boxing it takes on every call.
        int h = 1;
        h = 31 * h + Objects.hashCode(source);
        h = 31 * h + Objects.hashCode(quote);
        h = 31 * h + Objects.hashCode(pos);
        return h;
    }
}
