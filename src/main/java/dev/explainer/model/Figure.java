package dev.explainer.model;

import java.math.BigDecimal;
import java.util.List;

/** A number of the event: what it counts, as of when, and (optionally) the larger number it is part of. */
public record Figure(String id, BigDecimal value, String unit, String label, String asOf, Ref partOf,
                     List<Citation> cite, Pos pos) {}
