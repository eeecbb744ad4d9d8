package dev.explainer.render;

import dev.explainer.model.Article;
import dev.explainer.model.Citation;
import dev.explainer.model.Content;
import dev.explainer.model.Contradiction;
import dev.explainer.model.Fact;
import dev.explainer.model.Figure;
import dev.explainer.model.Mention;
import dev.explainer.model.Person;
import dev.explainer.model.Pos;
import dev.explainer.model.Provenance;
import dev.explainer.model.QuoteSpot;
import dev.explainer.model.Quoted;
import dev.explainer.model.Ref;
import dev.explainer.model.Source;
import dev.explainer.model.Statement;
import dev.explainer.model.TimelineEntry;
import dev.explainer.render.Views.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the view records of {@link Views} from checked content: resolves each citation to the
 * anchor of its quote on the source's reading page, and works out which sources agree, contradict
 * or stay silent on each claim.
 */
public final class ViewBuilder {
    private final Content content;
    private final Provenance provenance;
    private final Formats formats;
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<String, Fact> facts = new HashMap<>();
    private final Map<String, Person> people = new HashMap<>();

    public ViewBuilder(Content content, Provenance provenance) {
        this.content = content;
        this.provenance = provenance;
        this.formats = new Formats(content.site().language());
        for (Source s : content.sources()) {
            sources.putIfAbsent(s.id(), s);
            numbers.putIfAbsent(s.id(), numbers.size() + 1);
        }
        for (Fact f : content.facts()) facts.putIfAbsent(f.id(), f);
        for (Person p : content.people()) people.putIfAbsent(p.id(), p);
    }

    public Formats formats() {
        return formats;
    }

    // --- statements and citations ---------------------------------------------------------

    public static String sourceHref(String id) {
        return "sources/" + id + ".html";
    }

    public static String personHref(String id) {
        return "figures.html#" + id;
    }

    public static String claimHref(String id) {
        return "compare.html#claim-" + id;
    }

    public Cite cite(Quoted q) {
        Source s = sources.get(q.source());
        QuoteSpot spot = provenance.spot(q);
        String href = sourceHref(q.source()) + (spot == null ? "" : "#" + spot.anchor());
        return new Cite(numbers.getOrDefault(q.source(), 0), q.source(), s == null ? q.source() : s.shortName(), href, q.quote());
    }

    private List<Cite> cites(List<? extends Quoted> qs) {
        return qs.stream().map(this::cite).toList();
    }

    private static String status(List<Citation> cite, List<Contradiction> against) {
        if (!against.isEmpty()) return "contested";
        return cite.stream().map(Citation::source).distinct().count() > 1 ? "corroborated" : "single-source";
    }

    private static String yaml(Pos p) {
        return p.toString();
    }

    public Stmt stmt(String key, String text, List<Citation> cite, List<Contradiction> against, Pos pos) {
        return new Stmt(key, text, cites(cite), status(cite, against), yaml(pos));
    }

    public FactView fact(Fact f) {
        List<Dissent> dissent = f.contradictedBy().stream().map(c -> new Dissent(cite(c), c.verdict())).toList();
        return new FactView(f.id(), stmt("fact-" + f.id(), f.text(), f.cite(), f.contradictedBy(), f.pos()), dissent);
    }

    public List<FactView> facts(List<Ref> refs) {
        return refs.stream().map(r -> facts.get(r.id())).filter(java.util.Objects::nonNull).map(this::fact).toList();
    }

    public List<FactView> allFacts() {
        return content.facts().stream().map(this::fact).toList();
    }

    public List<KeyFactView> keyFacts() {
        return content.event().keyFacts().stream().map(k -> {
            Fact f = facts.get(k.fact().id());
            return new KeyFactView(k.label(), k.value(), stmt("key-" + f.id(), k.value(), f.cite(), f.contradictedBy(), k.pos()));
        }).toList();
    }

    // --- people, numbers, timeline ----------------------------------------------------------

    public List<PersonView> people() {
        return content.people().stream().map(p -> new PersonView(p.id(), p.name(), p.variants(),
                statement("person-" + p.id() + "-role", p.role()),
                p.outcome() == null ? null : statement("person-" + p.id() + "-outcome", p.outcome()),
                p.said().stream().map(c -> new Said(c.quote(), cite(c))).toList())).toList();
    }

    private Stmt statement(String key, Statement s) {
        return stmt(key, s.text(), s.cite(), List.of(), s.pos());
    }

    public List<FigureView> figures() {
        return content.figures().stream().map(this::figure).toList();
    }

    private FigureView figure(Figure f) {
        String text = formats.number(f.value()) + " " + f.unit() + " " + f.label();
        return new FigureView(f.id(), formats.number(f.value()), f.unit(), f.label(), formats.date(f.asOf()),
                f.partOf() == null ? null : f.partOf().id(), stmt("number-" + f.id(), text, f.cite(), List.of(), f.pos()));
    }

    /** One chart per number that others are part of: where the whole went, drawn as bars. */
    public List<Chart> charts() {
        List<Chart> charts = new ArrayList<>();
        for (Figure whole : content.figures()) {
            List<Figure> parts = content.figures().stream()
                    .filter(f -> f.partOf() != null && f.partOf().id().equals(whole.id())).toList();
            if (parts.isEmpty() || whole.value().signum() <= 0) continue;
            List<Bar> bars = new ArrayList<>();
            double x = 0;
            StringBuilder summary = new StringBuilder("Of " + formats.number(whole.value()) + " " + whole.unit() + " "
                    + whole.label() + ": ");
            for (int i = 0; i < parts.size(); i++) {
                Figure p = parts.get(i);
                double share = p.value().divide(whole.value(), 6, RoundingMode.HALF_UP).doubleValue();
                bars.add(new Bar(p.label(), formats.number(p.value()), Math.round(share * 1000) / 10.0, x, share * 100));
                x += share * 100;
                summary.append(formats.number(p.value())).append(' ').append(p.label()).append(i + 1 < parts.size() ? "; " : ".");
            }
            BigDecimal rest = whole.value().subtract(parts.stream().map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add));
            if (rest.signum() > 0) {
                summary.append(" ").append(formats.number(rest)).append(" not accounted for.");
            }
            charts.add(new Chart("chart-" + whole.id(), formats.number(whole.value()) + " " + whole.unit() + " " + whole.label(),
                    summary.toString(), formats.number(whole.value()), bars));
        }
        return charts;
    }

    public List<TimelineView> timeline() {
        List<TimelineView> out = new ArrayList<>();
        List<TimelineEntry> sorted = sortedTimeline();
        for (int i = 0; i < sorted.size(); i++) {
            TimelineEntry t = sorted.get(i);
            out.add(new TimelineView(formats.date(t.date()), t.date(),
                    stmt("timeline-" + (i + 1), t.text(), t.cite(), List.of(), t.pos())));
        }
        return out;
    }

    /** Timeline entries in date order; a stable sort keeps same-date entries as written. */
    private List<TimelineEntry> sortedTimeline() {
        return content.timeline().stream().sorted(Comparator.comparing(TimelineEntry::date)).toList();
    }

    // --- sources -------------------------------------------------------------------------

    public List<SourceView> sources() {
        return content.sources().stream().map(this::source).toList();
    }

    private SourceView source(Source s) {
        Article a = content.articles().get(s.id());
        int words = a == null ? 0 : a.text().strip().split("\\s+").length;
        return new SourceView(s.id(), numbers.get(s.id()), s.outlet(), s.shortName(), s.headline(), formats.date(s.date()),
                s.date(), s.byline(), s.url(), s.note(), sourceHref(s.id()), s.file(), words);
    }

    /** Everything this source says that we quote, in article order, each quote beside our notes. */
    public SourcePage sourcePage(Source s, boolean withFullText) {
        Article article = content.articles().get(s.id());
        List<Mention> mentions = provenance.mentions().getOrDefault(s.id(), List.of());
        TreeMap<String, List<Object[]>> byAnchor = new TreeMap<>();
        Map<String, QuoteSpot> spotOf = new HashMap<>();
        // Collect (quote, note) pairs for every quote of this source.
        List<Object[]> pairs = new ArrayList<>();
        for (Fact f : content.facts()) {
            for (Citation c : f.cite()) {
                if (!c.source().equals(s.id())) continue;
                List<Cite> others = cites(f.cite().stream().filter(o -> !o.source().equals(s.id())).toList());
                List<Cite> against = cites(f.contradictedBy());
                String verdict = f.contradictedBy().isEmpty() ? null
                        : String.join(" ", f.contradictedBy().stream().map(Contradiction::verdict).distinct().toList());
                String st = !against.isEmpty() ? "contested" : others.isEmpty() ? "unique" : "corroborated";
                pairs.add(new Object[]{c, new Note("supports", f.text(), claimHref(f.id()), st, others, against, verdict)});
            }
            for (Contradiction c : f.contradictedBy()) {
                if (!c.source().equals(s.id())) continue;
                pairs.add(new Object[]{c, new Note("contradicts", f.text(), claimHref(f.id()), "contradicted",
                        cites(f.cite()), List.of(), c.verdict())});
            }
        }
        for (Person p : content.people()) {
            String card = personHref(p.id());
            addStatementNotes(pairs, s, p.name() + ": " + p.role().text(), card, p.role().cite());
            if (p.outcome() != null) addStatementNotes(pairs, s, p.name() + ": " + p.outcome().text(), card, p.outcome().cite());
            for (Citation c : p.said()) {
                if (c.source().equals(s.id())) {
                    pairs.add(new Object[]{c, new Note("said", "Words of " + p.name(), card, "quoted", List.of(), List.of(), null)});
                }
            }
        }
        for (Figure f : content.figures()) {
            addStatementNotes(pairs, s, formats.number(f.value()) + " " + f.unit() + " " + f.label(), "figures.html#number-" + f.id(), f.cite());
        }
        List<TimelineEntry> entries = sortedTimeline();
        for (int i = 0; i < entries.size(); i++) {
            TimelineEntry e = entries.get(i);
            addStatementNotes(pairs, s, formats.date(e.date()) + ": " + e.text(), "index.html#timeline-" + (i + 1), e.cite());
        }
        for (Object[] pair : pairs) {
            QuoteSpot spot = provenance.spot((Quoted) pair[0]);
            if (spot == null) continue;
            byAnchor.computeIfAbsent(sortKey(spot), k -> new ArrayList<>()).add(pair);
            QuoteSpot known = spotOf.get(sortKey(spot));
            if (known == null || spot.end() > known.end()) spotOf.put(sortKey(spot), spot);
        }
        List<Excerpt> excerpts = new ArrayList<>();
        int corroborated = 0, unique = 0, contradicted = 0;
        for (Map.Entry<String, List<Object[]>> e : byAnchor.entrySet()) {
            QuoteSpot spot = spotOf.get(e.getKey());
            List<Note> notes = new ArrayList<>();
            for (Object[] pair : e.getValue()) if (!notes.contains((Note) pair[1])) notes.add((Note) pair[1]);
            String status = notes.stream().anyMatch(n -> n.status().equals("contradicted")) ? "contradicted"
                    : notes.stream().anyMatch(n -> n.status().equals("contested")) ? "contested"
                    : notes.stream().anyMatch(n -> n.status().equals("corroborated")) ? "corroborated"
                    : notes.stream().anyMatch(n -> n.status().equals("unique")) ? "unique" : "quoted";
            switch (status) {
                case "contradicted" -> contradicted++;
                case "corroborated" -> corroborated++;
                case "unique" -> unique++;
                default -> { }
            }
            String para = article.paragraphs().get(spot.paragraph() - 1);
            excerpts.add(new Excerpt(spot.anchor(), spot.paragraph(),
                    segments(para, spot.start(), spot.end(), spot.paragraph(), mentions), notes, status));
        }
        List<Paragraph> full = new ArrayList<>();
        if (withFullText && article != null) {
            for (int i = 0; i < article.paragraphs().size(); i++) {
                String para = article.paragraphs().get(i);
                full.add(new Paragraph("para-" + (i + 1), segments(para, 0, para.length(), i + 1, mentions)));
            }
        }
        Map<String, Set<String>> spellings = new LinkedHashMap<>();
        for (Mention m : mentions) spellings.computeIfAbsent(m.person(), k -> new LinkedHashSet<>()).add(m.spelling());
        List<PersonMention> named = spellings.entrySet().stream()
                .map(e -> new PersonMention(people.get(e.getKey()).name(), personHref(e.getKey()), List.copyOf(e.getValue())))
                .toList();
        return new SourcePage(source(s), excerpts, named, full, corroborated, unique, contradicted);
    }

    private void addStatementNotes(List<Object[]> pairs, Source s, String text, String href, List<Citation> cite) {
        for (Citation c : cite) {
            if (!c.source().equals(s.id())) continue;
            List<Cite> others = cites(cite.stream().filter(o -> !o.source().equals(s.id())).toList());
            pairs.add(new Object[]{c, new Note("supports", text, href, others.isEmpty() ? "unique" : "corroborated",
                    others, List.of(), null)});
        }
    }

    /** Sorts anchors in article order (paragraph, then offset), not alphabetically. */
    private static String sortKey(QuoteSpot s) {
        return String.format("%06d-%08d", s.paragraph(), s.start());
    }

    /** The text between start and end, split so that each person mention becomes a link. */
    private static List<Segment> segments(String para, int start, int end, int paragraph, List<Mention> mentions) {
        List<Segment> out = new ArrayList<>();
        int at = start;
        for (Mention m : mentions) {
            if (m.paragraph() != paragraph || m.start() < start || m.end() > end) continue;
            if (m.start() > at) out.add(new Segment(para.substring(at, m.start()), null));
            out.add(new Segment(para.substring(m.start(), m.end()), personHref(m.person())));
            at = m.end();
        }
        if (at < end) out.add(new Segment(para.substring(at, end), null));
        return out;
    }

    // --- comparison ----------------------------------------------------------------------

    /** The claims × sources table: for each fact, each source agrees, contradicts or is silent. */
    public List<Row> comparison() {
        List<Row> rows = new ArrayList<>();
        for (Fact f : content.facts()) {
            List<Cell> cells = new ArrayList<>();
            for (Source s : sources.values()) {
                Citation agree = f.cite().stream().filter(c -> c.source().equals(s.id())).findFirst().orElse(null);
                Contradiction against = f.contradictedBy().stream().filter(c -> c.source().equals(s.id())).findFirst().orElse(null);
                if (against != null) cells.add(new Cell("contradicts", cite(against).href(), against.quote()));
                else if (agree != null) cells.add(new Cell("agrees", cite(agree).href(), agree.quote()));
                else cells.add(new Cell("silent", null, null));
            }
            rows.add(new Row(f.id(), f.text(), status(f.cite(), f.contradictedBy()), cells));
        }
        return rows;
    }
}
