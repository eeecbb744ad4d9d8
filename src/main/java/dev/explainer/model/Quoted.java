package dev.explainer.model;

/** Anything that quotes a source verbatim: a citation or a contradiction. */
public sealed interface Quoted permits Citation, Contradiction {
    String source();

    String quote();

    Pos pos();
}
