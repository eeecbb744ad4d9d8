package dev.explainer.preview;

/** Escaping and the frame of the pages the preview draws itself (errors, files, articles). */
final class Html {
    private Html() {}

    static String escape(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escapes a value for a query parameter (paths of project files: letters, digits, '/', '.', '-', '_'). */
    static String query(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("%2F", "/");
    }

    /** A link to the preview's view of a project file at a line (line 0: the top of the file). */
    static String fileHref(String path, int line) {
        return "/_preview/file?path=" + query(path) + (line > 0 ? "#L" + line : "");
    }

    /**
     * A whole page of the preview's own. {@code script} is the live-reload script tag
     * ({@link Injector#script}), or null for pages shown inside the error panel, which must not reload themselves.
     */
    static String page(String title, String bodyClass, String body, String script) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"/_preview/preview.css\">\n"
                + (script == null ? "" : script + "\n")
                + "</head>\n<body class=\"pv-page " + bodyClass + "\">\n" + body + "\n</body>\n</html>\n";
    }
}
