/** Writes a built site to disk all at once: into a temporary folder, then swapped in. */
package dev.explainer.output;
