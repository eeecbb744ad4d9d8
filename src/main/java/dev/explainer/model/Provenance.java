package dev.explainer.model;

import java.util.List;
import java.util.Map;

/**
 * What the checks learned about the content: where each quote sits in its article, and where each
 * article names a registered person.
 */
public record Provenance(Map<Quoted, QuoteSpot> spots, Map<String, List<Mention>> mentions) {
    public QuoteSpot spot(Quoted q) {
        return spots.get(q);
    }
}
