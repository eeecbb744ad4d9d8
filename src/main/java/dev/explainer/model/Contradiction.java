package dev.explainer.model;

/** A source that says otherwise: its words, and our verdict on them. */
public record Contradiction(String source, String quote, String verdict, Pos pos) implements Quoted {}
