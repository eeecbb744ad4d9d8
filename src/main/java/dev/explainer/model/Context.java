package dev.explainer.model;

import java.util.List;

/** The background page. */
public record Context(String title, String intro, List<ContextSection> sections, Pos pos) {}
