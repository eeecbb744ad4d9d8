/** The local preview server: serves the built site, rebuilds on every save, reloads open tabs, and shows build errors and provenance in the browser. */
package dev.explainer.preview;
