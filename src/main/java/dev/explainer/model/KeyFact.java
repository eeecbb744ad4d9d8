package dev.explainer.model;

/** One row of the key-facts box: a label, a short value, and the fact that supports it. */
public record KeyFact(String label, String value, Ref fact, Pos pos) {}
