package dev.explainer.model;

import java.util.List;

/** The text of a source, split into paragraphs (its non-blank lines). */
public record Article(String sourceId, String file, String text, List<String> paragraphs) {}
