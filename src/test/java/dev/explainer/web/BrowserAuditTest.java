package dev.explainer.web;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.explainer.testing.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a reader's browser makes of every page, in a real headless Chromium started once: axe-core's
 * rules (WCAG 2.x A/AA and best practice) in light mode and its colour rules in dark mode, no
 * sideways scrolling on a phone, links that print with their address, and a keyboard path that
 * starts at the skip link and always shows focus. The site is built for a project path and served
 * under it, as GitHub Pages serves it.
 */
class BrowserAuditTest {
    @TempDir
    static Path out;
    static BuiltSite site;
    static StaticServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void serveAndStartTheBrowser() throws Exception {
        Browser.assumeAvailable();
        site = BuiltSite.build(out, BuiltSite.PROJECT_BASE);
        server = new StaticServer(out, site.rootPath());
        driver = Browser.start(1280, 800);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
    }

    @TestFactory
    Stream<DynamicContainer> everyPage() {
        return site.pages().stream().map(page -> DynamicContainer.dynamicContainer(page, Stream.of(
                DynamicTest.dynamicTest("no axe violations in light mode", () -> assertNoViolations(page, "light")),
                DynamicTest.dynamicTest("enough contrast in dark mode", () -> assertNoViolations(page, "dark")),
                DynamicTest.dynamicTest("no sideways scrolling at 375 px and 320 px", () -> {
                    assertFitsWidth(page, 375);
                    assertFitsWidth(page, 320);
                }),
                DynamicTest.dynamicTest("links print their address", () -> assertLinksPrintTheirAddress(page)))));
    }

    /** Keyboard users land on the skip link first, and every stop shows where focus is (WCAG 2.4.7). */
    @Test
    void theSkipLinkComesFirstAndFocusIsAlwaysVisible() {
        emulate(1280, 800, false, "screen", "light");
        open("figures.html");
        List<String> invisible = new java.util.ArrayList<>();
        for (int i = 0; i < 25; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            @SuppressWarnings("unchecked")
            Map<String, Object> f = (Map<String, Object>) driver.executeScript("""
                    const el = document.activeElement, cs = getComputedStyle(el), r = el.getBoundingClientRect();
                    return {tag: el.tagName.toLowerCase(), cls: el.className || '', text: (el.textContent || '').trim().slice(0, 30),
                            outline: cs.outlineStyle, width: parseFloat(cs.outlineWidth), top: r.top, bottom: r.bottom};""");
            if (i == 0) {
                assertEquals("skip", f.get("cls"), "the first Tab stop is the skip link");
                assertTrue(((Number) f.get("bottom")).doubleValue() > 0, "the skip link shows when focused");
            }
            if ("none".equals(f.get("outline")) || ((Number) f.get("width")).doubleValue() < 2) invisible.add(f.toString());
        }
        assertEquals(List.of(), invisible, "focus stops without a visible outline");
    }

    private void assertNoViolations(String page, String scheme) {
        emulate(1280, 800, false, "screen", scheme);
        open(page);
        // Only the colour rules can change with the colour scheme, so dark mode runs just those.
        AxeBuilder axe = scheme.equals("dark") ? new AxeBuilder().withOnlyRules(List.of("color-contrast", "link-in-text-block"))
                : new AxeBuilder();
        Results results = axe.analyze(driver);
        assertTrue(!results.isErrored(), () -> "axe-core failed on " + page + ": " + results.getErrorMessage());
        List<Rule> violations = results.getViolations();
        assertTrue(violations.isEmpty(), () -> "axe-core found " + violations.size() + " violation(s) on " + page
                + " in " + scheme + " mode:\n" + describe(violations));
    }

    private void assertFitsWidth(String page, int width) {
        emulate(width, 800, true, "screen", "light");
        open(page);
        // Anything wider than the viewport, other than what sits inside a scrolling region of its own
        // (the comparison table scrolls sideways by design).
        @SuppressWarnings("unchecked")
        List<String> wide = (List<String>) driver.executeScript("""
                const vw = document.documentElement.clientWidth, out = [];
                for (const el of document.body.querySelectorAll('*')) {
                  const r = el.getBoundingClientRect();
                  if (r.width === 0 || (r.right <= vw + 0.5 && r.left >= -0.5)) continue;
                  let scroller = false;
                  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                    const o = getComputedStyle(p).overflowX;
                    if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') { scroller = true; break; }
                  }
                  if (!scroller && !el.matches('.vh, .skip')) out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                      + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().replace(/\\s+/g, '.') : '')
                      + ' [' + Math.round(r.left) + ', ' + Math.round(r.right) + ']');
                }
                return out.slice(0, 10);""");
        Number scrollWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth");
        Number innerWidth = (Number) driver.executeScript("return window.innerWidth");
        assertTrue(wide.isEmpty() && scrollWidth.intValue() <= innerWidth.intValue(), () -> page + " scrolls sideways at " + width
                + " px (scrollWidth " + scrollWidth + ", innerWidth " + innerWidth + "); too wide:\n  " + String.join("\n  ", wide));
    }

    private void assertLinksPrintTheirAddress(String page) {
        emulate(1280, 800, false, "print", "light");
        open(page);
        // Every visible link in the printed text is followed by its address, except the masthead's,
        // the numbered citation marks (the footer lists their sources), the comparison table's marks,
        // and links inside verbatim quotations, which must read exactly as the source wrote them.
        @SuppressWarnings("unchecked")
        List<String> bare = (List<String>) driver.executeScript("""
                const out = [];
                for (const a of document.querySelectorAll('a[href]')) {
                  if (a.offsetParent === null || a.closest('.masthead, .cite, .compare, blockquote, .fulltext')) continue;
                  const after = getComputedStyle(a, '::after').content;
                  if (!after || after === 'none' || !/https?:\\/\\//.test(after)) out.push(a.getAttribute('href') + ' ' + after);
                }
                return out.slice(0, 10);""");
        assertEquals(List.of(), bare, page + ": links that print without their address");
    }

    private void open(String page) {
        driver.get(server.url() + (page.equals("index.html") ? "" : page));
    }

    private void emulate(int width, int height, boolean mobile, String media, String scheme) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media,
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(r -> "  " + r.getId() + " (" + r.getImpact() + "): " + r.getHelp() + "\n"
                + r.getNodes().stream().limit(5).map(BrowserAuditTest::describe).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode n) {
        String summary = n.getFailureSummary() == null ? "" : n.getFailureSummary().replace("\n", " ");
        return "      at " + n.getTarget() + " " + n.getHtml() + ": " + summary;
    }
}
