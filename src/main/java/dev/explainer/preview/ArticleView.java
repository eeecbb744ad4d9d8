package dev.explainer.preview;

import dev.explainer.model.Article;
import dev.explainer.model.Citation;
import dev.explainer.model.Content;
import dev.explainer.model.Contradiction;
import dev.explainer.model.Fact;
import dev.explainer.model.Figure;
import dev.explainer.model.Person;
import dev.explainer.model.Provenance;
import dev.explainer.model.QuoteSpot;
import dev.explainer.model.Quoted;
import dev.explainer.model.Source;
import dev.explainer.model.Statement;
import dev.explainer.model.TimelineEntry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The whole text of one article, as proofreaders need it whatever the site may publish, with every
 * passage the content quotes highlighted (supporting and contradicting quotes told apart) and
 * anchored with the same ids as on the source's reading page.
 */
final class ArticleView {
    /** A quoted passage: where it sits, whether it supports or contradicts, and what cites it. */
    private record Span(int paragraph, int start, int end, String anchor, boolean against, Set<String> claims) {}

    /** The page, or null when there is no such source. */
    String render(Content content, Provenance provenance, String sourceId, String script) {
        Source source = content.source(sourceId);
        Article article = content.articles().get(sourceId);
        if (source == null || article == null) return null;
        Map<Quoted, String> claims = claims(content);
        Map<String, Span> spans = new LinkedHashMap<>();
        for (Map.Entry<Quoted, QuoteSpot> e : provenance.spots().entrySet()) {
            QuoteSpot spot = e.getValue();
            if (!e.getKey().source().equals(sourceId)) continue;
            boolean against = e.getKey() instanceof Contradiction;
            String key = spot.paragraph() + ":" + spot.start() + ":" + spot.end() + ":" + against;
            Span s = spans.computeIfAbsent(key, k -> new Span(spot.paragraph(), spot.start(), spot.end(), spot.anchor(), against,
                    new TreeSet<>()));
            String claim = claims.get(e.getKey());
            if (claim != null) s.claims().add(claim);
        }
        StringBuilder body = new StringBuilder();
        body.append("<header class=\"pv-article-head\"><p class=\"pv-kicker\">Full text of the source, for proofreading</p><h1>")
                .append(Html.escape(source.headline())).append("</h1>\n<p>").append(Html.escape(source.outlet())).append(", ")
                .append(Html.escape(source.date()))
                .append(" · <a href=\"").append(Html.escape(Html.fileHref("seeds/" + source.file(), 0))).append("\">seeds/")
                .append(Html.escape(source.file())).append("</a>")
                .append(" · <a href=\"/sources/").append(Html.escape(sourceId)).append(".html\">reading page</a></p>\n")
                .append("<p class=\"pv-legend\"><mark class=\"pv-q\">quoted in support</mark> "
                        + "<mark class=\"pv-q pv-q-against\">quoted as contradicted</mark> "
                        + "Hover a passage to see the statements that cite it.</p></header>\n<main class=\"pv-article\">\n");
        Set<String> anchors = new LinkedHashSet<>();
        for (int i = 0; i < article.paragraphs().size(); i++) {
            int n = i + 1;
            List<Span> here = spans.values().stream().filter(s -> s.paragraph() == n).toList();
            body.append("<p id=\"para-").append(n).append("\"><span class=\"pv-pn\" aria-hidden=\"true\">").append(n).append("</span>")
                    .append(paragraph(article.paragraphs().get(i), here, anchors)).append("</p>\n");
        }
        body.append("</main>");
        return Html.page(source.outlet() + ": full text", "pv-article-page", body.toString(), script);
    }

    /**
     * Marks the quoted passages of one paragraph. Passages may overlap, so the text is cut at every
     * start and end, and each piece is marked by the passages covering it.
     */
    private static String paragraph(String text, List<Span> spans, Set<String> anchors) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Span s : spans) {
            cuts.add(Math.max(0, Math.min(s.start(), text.length())));
            cuts.add(Math.max(0, Math.min(s.end(), text.length())));
        }
        StringBuilder out = new StringBuilder();
        Integer from = null;
        for (int to : cuts) {
            if (from != null && to > from) {
                int a = from;
                for (Span s : spans) {
                    if (s.start() == a && anchors.add(s.anchor() + (s.against() ? "-against" : ""))) {
                        // Same ids as the reading page, so a citation's #anchor lands here too.
                        out.append("<span class=\"pv-anchor\" id=\"").append(Html.escape(s.anchor()))
                                .append(s.against() ? "-against" : "").append("\"></span>");
                    }
                }
                List<Span> covering = spans.stream().filter(s -> s.start() <= a && s.end() >= to).toList();
                String piece = Html.escape(text.substring(a, to));
                if (covering.isEmpty()) {
                    out.append(piece);
                } else {
                    boolean against = covering.stream().anyMatch(Span::against);
                    Set<String> claims = new LinkedHashSet<>();
                    covering.forEach(s -> claims.addAll(s.claims()));
                    out.append("<mark class=\"pv-q").append(against ? " pv-q-against" : "").append("\" title=\"")
                            .append(Html.escape(String.join("\n", claims))).append("\">").append(piece).append("</mark>");
                }
            }
            from = to;
        }
        return out.toString();
    }

    /** For each quote, the statement of ours it stands behind, as one line of text. */
    private static Map<Quoted, String> claims(Content content) {
        Map<Quoted, String> out = new LinkedHashMap<>();
        for (Fact f : content.facts()) {
            for (Citation c : f.cite()) out.merge(c, "Supports: " + f.text(), ArticleView::join);
            for (Contradiction c : f.contradictedBy()) out.merge(c, "Contradicts: " + f.text() + " Verdict: " + c.verdict(), ArticleView::join);
        }
        for (Person p : content.people()) {
            statement(out, p.name() + ": " + p.role().text(), p.role());
            if (p.outcome() != null) statement(out, p.name() + ": " + p.outcome().text(), p.outcome());
            for (Citation c : p.said()) out.merge(c, "Words of " + p.name(), ArticleView::join);
        }
        for (Figure f : content.figures()) {
            for (Citation c : f.cite()) out.merge(c, "Supports: " + f.value().toPlainString() + " " + f.unit() + " " + f.label(), ArticleView::join);
        }
        for (TimelineEntry t : content.timeline()) {
            for (Citation c : t.cite()) out.merge(c, "Supports: " + t.date() + ": " + t.text(), ArticleView::join);
        }
        return out;
    }

    private static void statement(Map<Quoted, String> out, String text, Statement s) {
        for (Citation c : s.cite()) out.merge(c, "Supports: " + text, ArticleView::join);
    }

    private static String join(String a, String b) {
        return a.equals(b) ? a : a + "\n" + b;
    }
}
