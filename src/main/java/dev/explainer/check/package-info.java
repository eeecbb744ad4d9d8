/** The rules content must follow, each a small class that reports every problem it finds. */
package dev.explainer.check;
