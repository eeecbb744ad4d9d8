package dev.explainer.render;

import java.util.Map;

/** One file to write: its path in the site, the template that draws it, and what the template reads. */
public record Page(String path, String template, Map<String, Object> model) {}
