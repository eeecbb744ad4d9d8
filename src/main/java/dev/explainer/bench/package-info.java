/** The benchmark behind {@code explainer bench}: synthetic explainers of any size, an equivalent Hugo site, and the timing. */
package dev.explainer.bench;
