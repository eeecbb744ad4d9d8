package dev.explainer.preview;

import java.util.Locale;
import java.util.Map;

/** The Content-Type of a served file, from its extension; text always declares UTF-8. */
final class MediaTypes {
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("pdf", "application/pdf"));

    static final String HTML = BY_EXTENSION.get("html");
    static final String TEXT = BY_EXTENSION.get("txt");
    static final String JSON = BY_EXTENSION.get("json");

    private MediaTypes() {}

    /** The type for {@code fileName}; files without a known extension (CNAME) are plain text. */
    static String of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) return TEXT;
        return BY_EXTENSION.getOrDefault(fileName.substring(dot + 1).toLowerCase(Locale.ROOT), "application/octet-stream");
    }
}
