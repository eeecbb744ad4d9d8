package dev.explainer.model;

import java.util.List;

/** A dated statement; the date is YYYY, YYYY-MM or YYYY-MM-DD. */
public record TimelineEntry(String date, String text, List<Citation> cite, Pos pos) {}
