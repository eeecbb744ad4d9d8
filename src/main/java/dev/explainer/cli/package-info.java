/** The commands (build, serve, check, new): each turns its arguments into one call and an exit code. */
package dev.explainer.cli;
