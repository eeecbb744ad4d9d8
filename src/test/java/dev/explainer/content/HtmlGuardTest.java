package dev.explainer.content;

import dev.explainer.model.Diagnostic;
import dev.explainer.model.Diagnostics;
import dev.explainer.model.Pos;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Markup and script links in content are refused with the place they were written. */
class HtmlGuardTest {
    private static final String TAG_HINT = "(write plain text, or Markdown where prose is allowed; a tag would be shown as it is, never run)";

    @Test
    void aScriptTagInATextValueIsRefusedOnce() {
        assertEquals(List.of("f.yaml:3:9: error: HTML is not allowed in content: '<script>' " + TAG_HINT),
                text("45 firefighters.<script>alert(1)</script>"));
    }

    @Test
    void anyTagOrCommentIsRefusedToo() {
        assertEquals(List.of("f.yaml:3:9: error: HTML is not allowed in content: '<img src=x onerror=alert(1)>' " + TAG_HINT),
                text("A photo <img src=x onerror=alert(1)>"));
        assertEquals(List.of("f.yaml:3:9: error: HTML is not allowed in content: '<!-- note -->' " + TAG_HINT),
                text("Text <!-- note -->"));
    }

    @Test
    void scriptAndOtherUnsafeLinksAreRefused() {
        String hint = "(links start with https://, http:// or mailto:)";
        assertEquals(List.of("f.yaml:3:9: error: a 'javascript:' link is not allowed " + hint), text("[more](javascript:alert(1))"));
        assertEquals(List.of("f.yaml:3:9: error: a 'javascript:' link is not allowed " + hint), text("[more]( JavaScript :alert(1))"));
        assertEquals(List.of("f.yaml:3:9: error: a 'data:' link is not allowed (links start with https://, http:// or mailto:,"
                + " or name a page of the site)"), text("[more](data:text/html;base64,PHNjcmlwdD4=)"));
    }

    @Test
    void ordinaryTextAndSafeLinksPass() {
        for (String ok : List.of("Fewer than <5 per cent; 3 < 4 and 5 > 2.", "[Viasna](https://spring96.org/en), <https://example.org>",
                "[mail us](mailto:desk@example.org), [the method](about.html#method)", "The data: 1,227 people.",
                "Time: 10:30, ratio 3:1")) {
            assertEquals(List.of(), text(ok), ok);
        }
    }

    @Test
    void inMarkdownFilesEachProblemHasItsOwnLineAndColumn() {
        Diagnostics out = new Diagnostics();
        HtmlGuard.text("## About\n\nRead [more](javascript:void(0)).\n<b>bold</b>\n", new Pos("content/about.md", 1, 1), true, out);
        assertEquals(List.of(
                "content/about.md:3:13: error: a 'javascript:' link is not allowed (links start with https://, http:// or mailto:)",
                "content/about.md:4:1: error: HTML is not allowed in content: '<b>' " + TAG_HINT),
                out.sorted().stream().map(Diagnostic::line).toList());
    }

    @Test
    void keysWithTheirOwnPatternAreLeftToTheSchema() {
        Diagnostics out = new Diagnostics();
        YNode tree = new YamlReader().read("f.yaml", "- id: a\n  url: javascript:alert(1)\n  text: fine\n", out);
        HtmlGuard.check(tree, null, out);
        assertEquals(List.of(), out.sorted());
    }

    private static List<String> text(String value) {
        Diagnostics out = new Diagnostics();
        HtmlGuard.text(value, new Pos("f.yaml", 3, 9), false, out);
        return out.sorted().stream().map(Diagnostic::line).toList();
    }
}
