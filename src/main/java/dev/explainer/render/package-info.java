/** Turns the checked content into pages: view records, the page plan, Markdown, and the one Freemarker configuration. */
package dev.explainer.render;
