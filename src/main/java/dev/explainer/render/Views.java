package dev.explainer.render;

import java.util.List;
import java.util.Objects;

/**
 * The records templates read. Each is shaped for display (dates and numbers already formatted,
 * links already resolved) so templates stay free of logic. Hrefs are relative to the site root;
 * templates prefix them with {@code root}, which makes every link relative to the page.
 */
public final class Views {
    private Views() {}

    /** A menu entry. */
    public record NavItem(String label, String href, boolean current) {}

    /** A compact citation: the source's number and name, linking to the quote on its reading page. */
    public record Cite(int number, String source, String label, String href, String quote) {
        // Written out rather than left to the record, for a quicker cold start: see Pos.equals.
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Cite x
                && number == x.number
                && Objects.equals(source, x.source)
                && Objects.equals(label, x.label)
                && Objects.equals(href, x.href)
                && Objects.equals(quote, x.quote);
        }

        @Override
        public int hashCode() {
            return Objects.hash(number, source, label, href, quote);
        }
    }

    /**
     * A sentence of ours with its citations. {@code key} identifies it for anchors and the preview's
     * proofreading mode; {@code status} is corroborated, single-source or contested.
     */
    public record Stmt(String key, String text, List<Cite> cites, String status, String yaml) {}

    /** A source that contradicts a fact, and our verdict. */
    public record Dissent(Cite cite, String verdict) {}

    public record FactView(String id, Stmt stmt, List<Dissent> dissent) {}

    public record KeyFactView(String label, String value, Stmt stmt) {}

    public record Said(String quote, Cite cite) {}

    public record PersonView(String id, String name, List<String> variants, Stmt role, Stmt outcome, List<Said> said) {}

    public record FigureView(String id, String value, String unit, String label, String asOf, String partOf, Stmt stmt) {}

    public record Bar(String label, String value, double share, double x, double width) {}

    /** A chart drawn at build time; {@code summary} is its text alternative. */
    public record Chart(String id, String title, String summary, String total, List<Bar> bars) {}

    public record TimelineView(String date, String iso, Stmt stmt) {}

    public record SectionView(String id, String heading, String proseHtml, List<FactView> facts) {}

    /** A run of article text; {@code href} links a person mention to their card (null for plain text). */
    public record Segment(String text, String href) {}

    /**
     * A note of ours beside a quote: {@code kind} is supports, contradicts or said; {@code claimHref}
     * links to the claim; {@code others} are the other sources that agree; {@code against} those that
     * contradict it; {@code verdict} our judgment where there is disagreement.
     */
    public record Note(String kind, String text, String claimHref, String status, List<Cite> others,
                       List<Cite> against, String verdict) {
        // Written out rather than left to the record, for a quicker cold start: see Pos.equals.
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Note x
                && Objects.equals(kind, x.kind)
                && Objects.equals(text, x.text)
                && Objects.equals(claimHref, x.claimHref)
                && Objects.equals(status, x.status)
                && Objects.equals(others, x.others)
                && Objects.equals(against, x.against)
                && Objects.equals(verdict, x.verdict);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, text, claimHref, status, others, against, verdict);
        }
    }

    public record Excerpt(String anchor, int paragraph, List<Segment> quote, List<Note> notes, String status) {}

    public record Paragraph(String id, List<Segment> text) {}

    public record PersonMention(String name, String href, List<String> spellings) {}

    public record SourceView(String id, int number, String outlet, String shortName, String headline, String date,
                             String iso, String byline, String url, String note, String href, String file,
                             int words) {}

    public record SourcePage(SourceView source, List<Excerpt> excerpts, List<PersonMention> people,
                             List<Paragraph> fullText, int corroborated, int unique, int contradicted) {}

    public record Cell(String status, String href, String quote) {}

    public record Row(String id, String text, String status, List<Cell> cells) {}

    /**
     * A claim in the comparison of an explainer with too many sources for a column each: the sources
     * that agree and that contradict, each linking to its quote, and how many are {@code silent}
     * (a count written out for the page: "9,998").
     */
    public record Claim(String id, String text, String status, List<Cite> agree, List<Cite> contradict, String silent) {}

    public record Correction(String date, String iso, String text) {}
}
