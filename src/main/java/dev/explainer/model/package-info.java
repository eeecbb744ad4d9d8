/** Immutable records for everything an explainer is made of, each value keeping where it was written. */
package dev.explainer.model;
