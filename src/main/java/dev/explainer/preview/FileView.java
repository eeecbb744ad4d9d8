package dev.explainer.preview;

import java.util.List;

/** A project file as numbered lines, each with an id ({@code #L12}) that links from a diagnostic can jump to. */
final class FileView {
    private final SourceFiles files;

    FileView(SourceFiles files) {
        this.files = files;
    }

    /** The page, or null when the file may not be shown. {@code script} makes it follow every build. */
    String render(String path, String script) {
        List<String> lines = files.lines(path);
        if (lines == null) return null;
        StringBuilder body = new StringBuilder();
        body.append("<header class=\"pv-file-head\"><h1>").append(Html.escape(path)).append("</h1>")
                .append("<p>As it is on disk now. This view follows your saves.</p></header>\n<pre class=\"pv-file\">");
        for (int i = 0; i < lines.size(); i++) {
            int n = i + 1;
            body.append("<span class=\"pv-fl\" id=\"L").append(n).append("\"><a class=\"pv-ln\" href=\"#L").append(n).append("\">")
                    .append(n).append("</a> ").append(Html.escape(lines.get(i))).append("</span>\n");
        }
        body.append("</pre>");
        return Html.page(path, "pv-file-page", body.toString(), script);
    }
}
