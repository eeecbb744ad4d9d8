/** Reads YAML content and article text into the model, keeping file, line and column for every value. */
package dev.explainer.content;
