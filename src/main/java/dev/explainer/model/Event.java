package dev.explainer.model;

import java.util.List;

/** The home page: what happened, when and where, and references to the facts that say so. */
public record Event(String headline, String date, String place, List<Ref> summary, List<KeyFact> keyFacts,
                    List<Ref> known, List<Ref> unknown, Pos pos) {}
