package dev.explainer.preview;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InjectorTest {
    private static final String TAGS = "<link rel=\"stylesheet\" href=\"/_preview/preview.css\">"
            + "<script src=\"/_preview/preview.js\" defer data-build=\"7\" data-site=\"5\"></script>";

    @Test
    void relaxesTheSitesPolicyAndAddsTheScriptBeforeTheEndOfHead() {
        String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<META content=\"default-src 'none'; style-src 'self'\" HTTP-EQUIV='Content-Security-Policy'>"
                + "<title>t</title></HEAD><body>x</body></html>";
        assertEquals("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + Injector.POLICY + "\">"
                + "<title>t</title>" + TAGS + "\n</HEAD><body>x</body></html>", Injector.inject(page, 7, 5));
    }

    @Test
    void aPageWithoutHeadStillGetsTheScript() {
        assertEquals(TAGS + "\n<p>bare</p>", Injector.inject("<p>bare</p>", 7, 5));
    }

    @Test
    void viewsThatFollowEveryBuildSaySo() {
        assertEquals("<script src=\"/_preview/preview.js\" defer data-build=\"2\" data-site=\"1\" data-follow=\"build\"></script>",
                Injector.script(2, 1, true));
    }
}
