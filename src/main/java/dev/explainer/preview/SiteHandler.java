package dev.explainer.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.explainer.preview.SitePaths.Found;
import dev.explainer.preview.SitePaths.Lookup;
import dev.explainer.preview.SitePaths.Redirect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;

/**
 * Serves the built site read-only, as it is on disk, with the preview's script added to HTML. A
 * file is read under the read lock that builds take for writing, so a page is never read while the
 * builder swaps the site, and the build number it is tagged with is the one that wrote it.
 */
final class SiteHandler implements HttpHandler {
    private static final String NO_SITE = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title>"
            + "</head><body><h1>Not found</h1><p>There is no such page in the site, or no site has been built yet.</p></body></html>\n";

    private final SitePaths paths;
    private final Lock readLock;
    private final Supplier<PreviewState> state;

    SiteHandler(SitePaths paths, Lock readLock, Supplier<PreviewState> state) {
        this.paths = paths;
        this.readLock = readLock;
        this.state = state;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!Exchanges.readOnly(ex)) return;
            PreviewState s;
            Lookup lookup;
            byte[] body = null;
            int status = 200;
            String type = MediaTypes.HTML;
            readLock.lock();
            try {
                s = state.get();
                lookup = paths.resolve(ex.getRequestURI().getRawPath(), s.mount());
                if (lookup instanceof Found f) {
                    body = read(f);
                    type = MediaTypes.of(f.file().getFileName().toString());
                }
                if (body == null && !(lookup instanceof Redirect)) {
                    status = 404;
                    body = paths.resolve("/404.html", "/") instanceof Found nf ? read(nf) : null;
                    if (body == null) body = NO_SITE.getBytes(StandardCharsets.UTF_8);
                }
            } finally {
                readLock.unlock();
            }
            if (lookup instanceof Redirect r) {
                Exchanges.redirect(ex, r.location());
                return;
            }
            if (type.equals(MediaTypes.HTML)) {
                body = Injector.inject(new String(body, StandardCharsets.UTF_8), s.build(), s.site()).getBytes(StandardCharsets.UTF_8);
            }
            Exchanges.send(ex, status, type, body);
        }
    }

    private static byte[] read(Found f) {
        try {
            return Files.readAllBytes(f.file());
        } catch (IOException e) {
            return null;
        }
    }
}
