package dev.explainer.check;

import dev.explainer.model.Content;
import dev.explainer.model.Diagnostics;
import dev.explainer.model.Mention;
import dev.explainer.model.Provenance;
import dev.explainer.model.QuoteSpot;
import dev.explainer.model.Quoted;

import java.util.List;
import java.util.Map;

/** Runs every rule over loaded content and returns what they learned about where quotes sit. */
public final class Checks {
    private Checks() {}

    public static Provenance run(Content content, Diagnostics out) {
        ReferenceCheck.run(content, out);
        Map<Quoted, QuoteSpot> spots = QuoteCheck.run(content, out);
        Map<String, List<Mention>> mentions = NameCheck.run(content, out);
        ExcerptCheck.run(content, spots, out);
        ProseCheck.run(content, out);
        return new Provenance(spots, mentions);
    }
}
