/** The pipeline in a few lines: load, check, plan, render, write. */
package dev.explainer.build;
