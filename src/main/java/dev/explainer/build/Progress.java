package dev.explainer.build;

/**
 * Hears how a build advances, so that a long one can show it: the phase, and how far through it.
 * The builder calls it from several threads at once, so implementations must be thread-safe, and
 * cheap: it is called once per page.
 */
public interface Progress {
    /** Shows nothing: the default for callers that do not ask for progress. */
    Progress NONE = (phase, done, total, unit) -> { };

    /**
     * {@code done} of {@code total} {@code unit} of {@code phase} are finished, e.g. ("rendering",
     * 4210, 30000, "pages"); {@code total} is 0 when the phase cannot count its work.
     */
    void update(String phase, int done, int total, String unit);

    /** The build has ended, successfully or not: the place to clear whatever was shown. */
    default void finish() { }
}
