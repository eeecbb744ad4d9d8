package dev.explainer.model;

/** A source that supports a statement, with the verbatim words that show it. */
public record Citation(String source, String quote, Pos pos) implements Quoted {}
