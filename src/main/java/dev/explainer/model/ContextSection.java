package dev.explainer.model;

import java.util.List;

/** A section of the background page: a heading, optional Markdown prose, and the facts it shows. */
public record ContextSection(String heading, String prose, List<Ref> facts, Pos pos) {}
