package dev.explainer.preview;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds the preview's script and stylesheet to an HTML page as it is served, never on disk. The
 * site's own Content-Security-Policy forbids scripts, so in preview it is replaced by one that
 * allows the preview's same-origin script, its event stream and its error frame, and nothing more.
 */
final class Injector {
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

    private static final Pattern CSP = Pattern.compile(
            "<meta\\b[^>]*\\bhttp-equiv\\s*=\\s*[\"']?content-security-policy[\"']?[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEAD_END = Pattern.compile("</head\\s*>", Pattern.CASE_INSENSITIVE);

    private Injector() {}

    /**
     * The script tag that connects a page to the preview. {@code build} and {@code site} tell the
     * script which build it was served from, so a tab that missed an event still catches up.
     */
    static String script(long build, long site, boolean followEveryBuild) {
        return "<script src=\"/_preview/preview.js\" defer data-build=\"" + build + "\" data-site=\"" + site + "\""
                + (followEveryBuild ? " data-follow=\"build\"" : "") + "></script>";
    }

    static String inject(String html, long build, long site) {
        String relaxed = CSP.matcher(html).replaceAll(
                Matcher.quoteReplacement("<meta http-equiv=\"Content-Security-Policy\" content=\"" + POLICY + "\">"));
        String tags = "<link rel=\"stylesheet\" href=\"/_preview/preview.css\">" + script(build, site, false);
        Matcher end = HEAD_END.matcher(relaxed);
        if (end.find()) return relaxed.substring(0, end.start()) + tags + "\n" + relaxed.substring(end.start());
        return tags + "\n" + relaxed;
    }
}
