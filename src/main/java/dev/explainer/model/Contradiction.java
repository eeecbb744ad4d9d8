package dev.explainer.model;

import java.util.Objects;

/** A source that says otherwise: its words, and our verdict on them. */
public record Contradiction(String source, String quote, String verdict, Pos pos) implements Quoted {
    // Written out rather than left to the record, for a quicker cold start: see Pos.equals.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Contradiction x
            && Objects.equals(source, x.source)
            && Objects.equals(quote, x.quote)
            && Objects.equals(verdict, x.verdict)
            && Objects.equals(pos, x.pos);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, quote, verdict, pos);
    }
}
