package dev.explainer.check;

import dev.explainer.model.Content;
import dev.explainer.model.Diagnostics;
import dev.explainer.model.Mention;
import dev.explainer.model.Provenance;
import dev.explainer.model.QuoteSpot;
import dev.explainer.model.Quoted;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Runs every rule over loaded content and returns what they learned about where quotes sit. */
public final class Checks {
    private Checks() {}

    public static Provenance run(Content content, Diagnostics out) {
        return run(content, out, phase -> { });
    }

    /** Runs every rule as {@link #run(Content, Diagnostics)} does, telling {@code phase} which starts. */
    public static Provenance run(Content content, Diagnostics out, Consumer<String> phase) {
        phase.accept("checking references");
        ReferenceCheck.run(content, out);
        phase.accept("checking quotes");
        Map<Quoted, QuoteSpot> spots = QuoteCheck.run(content, out);
        phase.accept("checking names");
        Map<String, List<Mention>> mentions = NameCheck.run(content, out);
        phase.accept("checking excerpts and prose");
        ExcerptCheck.run(content, spots, out);
        ProseCheck.run(content, out);
        return new Provenance(spots, mentions);
    }
}
