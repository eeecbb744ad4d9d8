package dev.explainer.model;

import java.util.List;

/** A claim the sources speak to: those in {@code cite} agree, those in {@code contradictedBy} do not. */
public record Fact(String id, String text, List<Citation> cite, List<Contradiction> contradictedBy, Pos pos) {}
