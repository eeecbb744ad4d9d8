package dev.explainer.model;

import java.util.List;

/**
 * The site as a whole. {@code baseUrl} is the absolute URL the site is published at, ending in '/';
 * {@code domain}, when set, is written to CNAME. Timestamps are ISO 8601 with an offset.
 */
public record SiteConfig(String title, String description, String language, String baseUrl, String domain,
                         String publisher, String published, String updated, Caps caps, Nav nav,
                         List<String> knownNames, List<Correction> corrections, Pos pos) {}
