package dev.explainer.render;

import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;

import java.util.Locale;

/**
 * Renders writers' Markdown to HTML that cannot carry markup of its own: raw HTML is shown as text,
 * and links or images with a scheme other than http, https or mailto lose their target.
 */
public final class Markdown {
    private final Parser parser;
    private final HtmlRenderer renderer;

    public Markdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SOFT_BREAK, " ");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return Markdown::sanitize;
            }
        }).build();
    }

    public String html(String markdown) {
        if (markdown == null || markdown.isBlank()) return "";
        return renderer.render(parser.parse(markdown));
    }

    private static void sanitize(Node node, AttributablePart part, MutableAttributes attributes) {
        for (String name : new String[]{"href", "src"}) {
            if (attributes.contains(name) && !safe(attributes.getValue(name))) attributes.remove(name);
        }
    }

    /** http, https, mailto, in-page and relative links only. */
    static boolean safe(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
        int colon = u.indexOf(':');
        int slash = u.indexOf('/');
        if (colon < 0 || (slash >= 0 && slash < colon) || (u.indexOf('#') >= 0 && u.indexOf('#') < colon)
                || (u.indexOf('?') >= 0 && u.indexOf('?') < colon)) return true;
        return u.startsWith("http:") || u.startsWith("https:") || u.startsWith("mailto:");
    }
}
