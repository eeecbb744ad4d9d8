package dev.explainer.model;

/** The labels of the fixed pages, as the menu shows them. */
public record Nav(String home, String figures, String context, String compare, String about) {}
