/** Writes a built site to disk: file by file into a temporary folder, then swapped in whole. */
package dev.explainer.output;
