package dev.explainer.model;

/** A correction we published, shown on the about page and in the feed. */
public record Correction(String date, String text, Pos pos) {}
