package dev.explainer.model;

import java.util.List;

/**
 * A key figure. {@code variants} are the other spellings found in the sources; {@code outcome} is
 * what happened to them on the day (may be null); {@code said} are their own words, quoted.
 */
public record Person(String id, String name, List<String> variants, Statement role, Statement outcome,
                     List<Citation> said, Pos pos) {}
