package dev.explainer.model;

import java.util.List;

/** A sentence of ours with the citations that support it (a person's role, what happened to them). */
public record Statement(String text, List<Citation> cite, Pos pos) {}
