/** The commands (build, serve, check, new, bench) and their arguments: each turns its arguments into one call and an exit code. */
package dev.explainer.cli;
