package dev.explainer.preview;

import dev.explainer.preview.SitePaths.Found;
import dev.explainer.preview.SitePaths.Missing;
import dev.explainer.preview.SitePaths.Redirect;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

class SitePathsTest {
    @TempDir
    Path dir;
    Path site;
    SitePaths paths;

    @BeforeEach
    void site() throws Exception {
        site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "home");
        Files.writeString(site.resolve("about.html"), "about");
        Files.createDirectories(site.resolve("sources"));
        Files.writeString(site.resolve("sources/a b.html"), "a b");
        Files.writeString(dir.resolve("outside.txt"), "secret");
        paths = new SitePaths(site);
    }

    Path found(String raw) {
        return assertInstanceOf(Found.class, paths.resolve(raw, "/")).file();
    }

    void missing(String raw) {
        assertInstanceOf(Missing.class, paths.resolve(raw, "/"), raw);
    }

    @Test
    void mapsPathsToFiles() {
        assertEquals("home", read(found("/")));
        assertEquals("about", read(found("/about.html")));
        assertEquals("about", read(found("/about")));
        assertEquals("a b", read(found("/sources/a%20b.html")));
        assertEquals("a b", read(found("/sources/a%20b")));
        assertEquals("/sources/", assertInstanceOf(Redirect.class, paths.resolve("/sources", "/")).location());
        missing("/sources/");
        missing("/about.html/");
        missing("/nope");
    }

    @Test
    void servesUnderThePublishedPath() {
        assertEquals("about", read(assertInstanceOf(Found.class, paths.resolve("/repo/about.html", "/repo/")).file()));
        assertEquals("/repo/", assertInstanceOf(Redirect.class, paths.resolve("/repo", "/repo/")).location());
        assertEquals("about", read(assertInstanceOf(Found.class, paths.resolve("/about.html", "/repo/")).file()));
    }

    @Test
    void refusesEverythingOutsideOrHidden() throws Exception {
        Files.writeString(site.resolve(".env"), "secret");
        Files.createSymbolicLink(site.resolve("out.txt"), dir.resolve("outside.txt"));
        Files.createSymbolicLink(site.resolve("up"), dir);
        Files.createSymbolicLink(site.resolve("inside.html"), site.resolve("about.html"));
        for (String raw : new String[]{"/../outside.txt", "/%2e%2e/outside.txt", "/%2E%2e/outside.txt", "/..%2foutside.txt",
                "/..%2Foutside.txt", "/..%5coutside.txt", "/..\\outside.txt", "/about.html%00", "/%00", "/.env", "/%2eenv",
                "/out.txt", "/up/outside.txt", "/up/site/about.html", "/inside.html", "/./about.html", "//about.html",
                "/sources//a%20b.html", "about.html", "", "/%", "/%zz", "/%c0%ae%c0%ae/outside.txt"}) {
            missing(raw);
        }
        assertNull(SitePaths.decode("/%c0%ae"), "an overlong UTF-8 dot is not a dot, and not text");
    }

    @Test
    void decodesStrictly() {
        assertEquals("/a b+c/é", SitePaths.decode("/a%20b+c/%C3%A9"));
        assertEquals("/é", SitePaths.decode("/é"));
        assertNull(SitePaths.decode("/%e"));
        assertNull(SitePaths.decode("/%g0"));
    }

    @Test
    void aSiteNotYetBuiltHasNothing() {
        assertInstanceOf(Missing.class, new SitePaths(dir.resolve("never")).resolve("/", "/"));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
