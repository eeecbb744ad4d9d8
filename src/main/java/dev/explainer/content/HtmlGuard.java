package dev.explainer.content;

import dev.explainer.model.Diagnostics;
import dev.explainer.model.Pos;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses markup in content: an HTML tag in any text or Markdown, and a link that is not http,
 * https, mailto or relative. The pages would show such text escaped and drop such links, so nothing
 * could run; refusing it tells the writer, instead of publishing tags as visible text or silently
 * losing a link.
 */
final class HtmlGuard {
    /** An opening or closing tag, or a comment: {@code <script>}, {@code </b>}, {@code <img src=x>}, {@code <!--}. */
    private static final Pattern TAG = Pattern.compile("<(?:!--|/?[A-Za-z][A-Za-z0-9-]*(?=[\\s/>]))[^>\\n]*>?");
    /** A script URL anywhere: there is no honest use for one in content. */
    private static final Pattern SCRIPT_URL = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:javascript|vbscript|livescript)\\s*:");
    /** The target of a Markdown link or image, {@code [words](target)}, or an autolink {@code <target>}. */
    private static final Pattern LINK = Pattern.compile("\\]\\(\\s*<?([^)\\s>]*)|<([A-Za-z][A-Za-z0-9+.-]*:[^>\\s]*)>");
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
    /** Keys whose values have their own pattern in the schema, which already refuses anything else. */
    private static final Set<String> PATTERNED = Set.of("id", "file", "url", "base_url", "domain", "language", "source");

    private HtmlGuard() {}

    /** Checks every text value of a YAML tree. */
    static void check(YNode node, String key, Diagnostics out) {
        if (node instanceof YNode.YMap m) {
            for (YNode.Entry e : m.entries()) check(e.value(), e.key(), out);
        } else if (node instanceof YNode.YList l) {
            for (YNode item : l.items()) check(item, key, out);
        } else if (node instanceof YNode.YScalar s && s.type() == YNode.YScalar.Type.STRING
                && (key == null || !PATTERNED.contains(key))) {
            text(s.text(), s.pos(), false, out);
        }
    }

    /**
     * Checks one text. In a file of its own ({@code about.md}) each problem gets its exact line and
     * column; in a YAML value, the value's position.
     */
    static void text(String text, Pos at, boolean ownFile, Diagnostics out) {
        if (text.indexOf('<') < 0 && text.indexOf(':') < 0) return;
        // One report per line is enough to find the tags (a value counts as one line).
        Matcher tag = TAG.matcher(text);
        Set<Integer> lines = new HashSet<>();
        while (tag.find()) {
            Pos p = where(text, tag.start(), at, ownFile);
            if (!lines.add(p.line())) continue;
            out.error(p, "HTML is not allowed in content: '" + shorten(tag.group()) + "'",
                    "write plain text, or Markdown where prose is allowed; a tag would be shown as it is, never run");
        }
        Matcher script = SCRIPT_URL.matcher(text);
        while (script.find()) {
            out.error(where(text, script.start(), at, ownFile),
                    "a '" + script.group().replaceAll("\\s", "").toLowerCase(Locale.ROOT) + "' link is not allowed",
                    "links start with https://, http:// or mailto:");
        }
        Matcher link = LINK.matcher(text);
        while (link.find()) {
            String target = link.group(1) != null ? link.group(1) : link.group(2);
            Matcher scheme = SCHEME.matcher(target);
            if (!scheme.find()) continue;
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            if (SAFE_SCHEMES.contains(name) || SCRIPT_URL.matcher(target).lookingAt()) continue;
            out.error(where(text, link.start(), at, ownFile), "a '" + name + ":' link is not allowed",
                    "links start with https://, http:// or mailto:, or name a page of the site");
        }
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    private static Pos where(String text, int offset, Pos at, boolean ownFile) {
        if (!ownFile) return at;
        int line = 1, col = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new Pos(at.file(), line, col);
    }
}
