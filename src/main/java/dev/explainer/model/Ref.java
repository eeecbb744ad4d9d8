package dev.explainer.model;

/** A reference by id to another entry (a source, a fact, a number), kept with where it was written. */
public record Ref(String id, Pos pos) {}
