package dev.explainer.model;

/**
 * An article we draw on. {@code file} names its text in {@code seeds/}; {@code fullText} allows the
 * whole article to be shown (for licensed or own articles).
 */
public record Source(String id, String file, String outlet, String shortName, String headline, String date,
                     String byline, String url, boolean fullText, String note, Pos pos) {}
