package dev.explainer.model;

/** A person named in an article: which person, the spelling used, and where (paragraph, offsets). */
public record Mention(String person, String spelling, int paragraph, int start, int end) {}
