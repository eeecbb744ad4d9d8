package dev.explainer.build;

import dev.explainer.model.Content;
import dev.explainer.model.Diagnostic;
import dev.explainer.model.Provenance;

import java.util.List;
import java.util.Map;

/**
 * What a build or check produced: every diagnostic (sorted), and, when the content loaded, the
 * content, what the checks learned, and the rendered files (empty for a check or a failed build),
 * by path; a build streams its pages to disk, so their bytes are read from the built site when asked for.
 */
public record BuildResult(List<Diagnostic> diagnostics, Content content, Provenance provenance,
                          Map<String, byte[]> files, int pages, long millis) {

    public boolean ok() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return diagnostics.size() - errors();
    }
}
