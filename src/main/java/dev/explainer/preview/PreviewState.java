package dev.explainer.preview;

import dev.explainer.build.BuildResult;
import dev.explainer.model.Content;

import java.net.URI;
import java.util.Map;

/**
 * What the preview knows after its latest build. {@code build} counts builds; {@code site} is the
 * number of the last one that succeeded, i.e. the site being served (0: a site left on disk by an
 * earlier run, or none). {@code good} is that build's result and {@code proofreading} its
 * proofreading data; {@code last} is the latest attempt, which may have failed.
 */
record PreviewState(long build, long site, BuildResult last, BuildResult good, byte[] proofreading) {
    static final PreviewState NONE = new PreviewState(0, 0, null, null, ProofIndex.empty());

    boolean failed() {
        return last != null && !last.ok();
    }

    /** The state after {@code r}, the result of build number {@code build + 1}. */
    PreviewState next(BuildResult built) {
        long n = build + 1;
        // The rendered bytes are on disk already; holding them here would only double the memory a build takes.
        BuildResult r = new BuildResult(built.diagnostics(), built.content(), built.provenance(), Map.of(), built.pages(), built.millis());
        return r.ok() ? new PreviewState(n, n, r, r, ProofIndex.json(r, n)) : new PreviewState(n, site, r, good, proofreading);
    }

    /** The newest content that loaded, for views that must show the files as they are now. */
    BuildResult freshest() {
        if (last != null && last.content() != null && last.provenance() != null) return last;
        return good;
    }

    /**
     * The path the site is published under ("/repo/" for a GitHub project page), which the site's
     * own 404 page links from; "/" at a domain root.
     */
    String mount() {
        BuildResult r = good != null ? good : last;
        Content c = r == null ? null : r.content();
        if (c == null) return "/";
        try {
            String path = URI.create(c.site().baseUrl()).getPath();
            return path == null || path.isEmpty() ? "/" : path.endsWith("/") ? path : path + "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    /** The small summary every tab receives after each build, and on connecting. */
    String json() {
        long errors = last == null ? 0 : last.errors();
        long warnings = last == null ? 0 : last.warnings();
        long millis = last == null ? 0 : last.millis();
        return "{\"build\":" + build + ",\"site\":" + site + ",\"ok\":" + !failed() + ",\"errors\":" + errors
                + ",\"warnings\":" + warnings + ",\"millis\":" + millis + "}";
    }
}
