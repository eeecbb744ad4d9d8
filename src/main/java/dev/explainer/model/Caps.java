package dev.explainer.model;

/** How much of a source the reading pages may quote. */
public record Caps(int wordsPerQuote, int wordsPerSource) {}
