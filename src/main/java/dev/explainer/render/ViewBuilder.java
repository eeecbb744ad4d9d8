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
import java.util.IdentityHashMap;
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
    private final List<TimelineEntry> sortedTimeline;
    /** Each source's view, made once: every page lists the sources. */
    private final List<SourceView> sourceViews;
    private final Map<Source, SourceView> viewOf = new IdentityHashMap<>();
    /** Every quote of each source with the statement it supports, so a reading page never scans all content. */
    private final Map<String, List<Use>> uses = new HashMap<>();

    /** Built once per build; afterwards only read, so pages may be drawn from it on several threads at once. */
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
        sortedTimeline = content.timeline().stream().sorted(Comparator.comparing(TimelineEntry::date)).toList();
        sourceViews = (content.sources().size() > 16 ? content.sources().parallelStream() : content.sources().stream())
                .map(this::source).toList();
        for (int i = 0; i < sourceViews.size(); i++) viewOf.putIfAbsent(content.sources().get(i), sourceViews.get(i));
        indexUses();
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
        Map<String, List<Figure>> partsOf = new HashMap<>();
        for (Figure f : content.figures()) {
            if (f.partOf() != null) partsOf.computeIfAbsent(f.partOf().id(), k -> new ArrayList<>()).add(f);
        }
        for (Figure whole : content.figures()) {
            List<Figure> parts = partsOf.getOrDefault(whole.id(), List.of());
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
        List<TimelineEntry> sorted = sortedTimeline;
        for (int i = 0; i < sorted.size(); i++) {
            TimelineEntry t = sorted.get(i);
            out.add(new TimelineView(formats.date(t.date()), t.date(),
                    stmt("timeline-" + (i + 1), t.text(), t.cite(), List.of(), t.pos())));
        }
        return out;
    }


    // --- sources -------------------------------------------------------------------------

    /** Every source, in the order of sources.yaml; the same list on every call. */
    public List<SourceView> sources() {
        return sourceViews;
    }

    private SourceView view(Source s) {
        SourceView v = viewOf.get(s);
        return v != null ? v : source(s);
    }

    private SourceView source(Source s) {
        Article a = content.articles().get(s.id());
        int words = a == null ? 0 : words(a.text());
        return new SourceView(s.id(), numbers.get(s.id()), s.outlet(), s.shortName(), s.headline(), formats.date(s.date()),
                s.date(), s.byline(), s.url(), s.note(), sourceHref(s.id()), s.file(), words);
    }

    /** Everything this source says that we quote, in article order, each quote beside our notes. */
    public SourcePage sourcePage(Source s, boolean withFullText) {
        Article article = content.articles().get(s.id());
        List<Mention> mentions = provenance.mentions().getOrDefault(s.id(), List.of());
        // Grouped by where the quote sits, in article order (paragraph, then offset); each group
        // shown at its longest quote.
        TreeMap<Long, List<Note>> byAnchor = new TreeMap<>();
        Map<Long, QuoteSpot> spotOf = new HashMap<>();
        for (Use u : uses.getOrDefault(s.id(), List.of())) {
            QuoteSpot spot = provenance.spot(u.quote());
            if (spot == null) continue;
            long key = sortKey(spot);
            byAnchor.computeIfAbsent(key, k -> new ArrayList<>()).add(note(u, s));
            QuoteSpot known = spotOf.get(key);
            if (known == null || spot.end() > known.end()) spotOf.put(key, spot);
        }
        List<Excerpt> excerpts = new ArrayList<>(byAnchor.size());
        int corroborated = 0, unique = 0, contradicted = 0;
        for (Map.Entry<Long, List<Note>> e : byAnchor.entrySet()) {
            Excerpt x = excerpt(article, spotOf.get(e.getKey()), e.getValue(), mentions);
            switch (x.status()) {
                case "contradicted" -> contradicted++;
                case "corroborated" -> corroborated++;
                case "unique" -> unique++;
                default -> { }
            }
            excerpts.add(x);
        }
        List<Paragraph> full = withFullText && article != null ? fullText(article, mentions) : new ArrayList<>();
        return new SourcePage(view(s), excerpts, named(mentions), full, corroborated, unique, contradicted);
    }

    /** One quote, shown once with every note on it (each note once), and its strongest status. */
    private static Excerpt excerpt(Article article, QuoteSpot spot, List<Note> all, List<Mention> mentions) {
        List<Note> notes = new ArrayList<>(all.size());
        for (Note n : all) if (!notes.contains(n)) notes.add(n);
        String para = article.paragraphs().get(spot.paragraph() - 1);
        return new Excerpt(spot.anchor(), spot.paragraph(), segments(para, spot.start(), spot.end(), spot.paragraph(), mentions),
                notes, status(notes));
    }

    /** Contradicted before contested before corroborated before unique; else quoted. */
    private static String status(List<Note> notes) {
        boolean contradicted = false, contested = false, corroborated = false, unique = false;
        for (Note n : notes) {
            switch (n.status()) {
                case "contradicted" -> contradicted = true;
                case "contested" -> contested = true;
                case "corroborated" -> corroborated = true;
                case "unique" -> unique = true;
                default -> { }
            }
        }
        return contradicted ? "contradicted" : contested ? "contested" : corroborated ? "corroborated" : unique ? "unique" : "quoted";
    }

    private static List<Paragraph> fullText(Article article, List<Mention> mentions) {
        List<Paragraph> full = new ArrayList<>();
        for (int i = 0; i < article.paragraphs().size(); i++) {
            String para = article.paragraphs().get(i);
            full.add(new Paragraph("para-" + (i + 1), segments(para, 0, para.length(), i + 1, mentions)));
        }
        return full;
    }

    /** The people an article names, each with the spellings it uses, in order of first mention. */
    private List<PersonMention> named(List<Mention> mentions) {
        Map<String, Set<String>> spellings = new LinkedHashMap<>();
        for (Mention m : mentions) spellings.computeIfAbsent(m.person(), k -> new LinkedHashSet<>()).add(m.spelling());
        return spellings.entrySet().stream()
                .map(e -> new PersonMention(people.get(e.getKey()).name(), personHref(e.getKey()), List.copyOf(e.getValue())))
                .toList();
    }

    /** What a quote is used for: support or contradiction of a fact, support of another statement, or a person's words. */
    private enum Kind { SUPPORTS, CONTRADICTS, STATEMENT, SAID }

    /**
     * One quote of a source and the statement of ours it belongs to: {@code fact} for the first two
     * kinds; our sentence, its link and all its citations for a statement; the link for words said.
     */
    private record Use(Quoted quote, Kind kind, Fact fact, String text, String href, List<Citation> cite) {}

    /**
     * Indexes every quote by its source, in the order the reading page lists its notes: facts, then
     * people, numbers and the timeline, each as the files list them.
     */
    private void indexUses() {
        for (Fact f : content.facts()) {
            for (Citation c : f.cite()) use(new Use(c, Kind.SUPPORTS, f, null, null, null));
            for (Contradiction c : f.contradictedBy()) use(new Use(c, Kind.CONTRADICTS, f, null, null, null));
        }
        for (Person p : content.people()) {
            String card = personHref(p.id());
            statementUses(p.name() + ": " + p.role().text(), card, p.role().cite());
            if (p.outcome() != null) statementUses(p.name() + ": " + p.outcome().text(), card, p.outcome().cite());
            for (Citation c : p.said()) use(new Use(c, Kind.SAID, null, "Words of " + p.name(), card, null));
        }
        for (Figure f : content.figures()) {
            statementUses(formats.number(f.value()) + " " + f.unit() + " " + f.label(), "figures.html#number-" + f.id(), f.cite());
        }
        for (int i = 0; i < sortedTimeline.size(); i++) {
            TimelineEntry e = sortedTimeline.get(i);
            statementUses(formats.date(e.date()) + ": " + e.text(), "index.html#timeline-" + (i + 1), e.cite());
        }
    }

    private void statementUses(String text, String href, List<Citation> cite) {
        for (Citation c : cite) use(new Use(c, Kind.STATEMENT, null, text, href, cite));
    }

    private void use(Use u) {
        uses.computeIfAbsent(u.quote().source(), k -> new ArrayList<>()).add(u);
    }

    /** Our note beside a quote of source {@code s}. */
    private Note note(Use u, Source s) {
        switch (u.kind()) {
            case SUPPORTS -> {
                Fact f = u.fact();
                List<Cite> others = cites(f.cite().stream().filter(o -> !o.source().equals(s.id())).toList());
                List<Cite> against = cites(f.contradictedBy());
                String verdict = f.contradictedBy().isEmpty() ? null
                        : String.join(" ", f.contradictedBy().stream().map(Contradiction::verdict).distinct().toList());
                String st = !against.isEmpty() ? "contested" : others.isEmpty() ? "unique" : "corroborated";
                return new Note("supports", f.text(), claimHref(f.id()), st, others, against, verdict);
            }
            case CONTRADICTS -> {
                Fact f = u.fact();
                return new Note("contradicts", f.text(), claimHref(f.id()), "contradicted", cites(f.cite()), List.of(),
                        ((Contradiction) u.quote()).verdict());
            }
            case STATEMENT -> {
                List<Cite> others = cites(u.cite().stream().filter(o -> !o.source().equals(s.id())).toList());
                return new Note("supports", u.text(), u.href(), others.isEmpty() ? "unique" : "corroborated", others, List.of(), null);
            }
            default -> {
                return new Note("said", u.text(), u.href(), "quoted", List.of(), List.of(), null);
            }
        }
    }

    /** Sorts anchors in article order (paragraph, then offset). */
    private static long sortKey(QuoteSpot s) {
        return ((long) s.paragraph() << 32) | (s.start() & 0xffffffffL);
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
        List<Row> rows = new ArrayList<>(content.facts().size());
        for (Fact f : content.facts()) {
            Map<String, Citation> agree = firstBySource(f.cite());
            Map<String, Contradiction> against = firstBySource(f.contradictedBy());
            List<Cell> cells = new ArrayList<>(sources.size());
            for (Source s : sources.values()) {
                Contradiction no = against.get(s.id());
                Citation yes = agree.get(s.id());
                if (no != null) cells.add(new Cell("contradicts", cite(no).href(), no.quote()));
                else if (yes != null) cells.add(new Cell("agrees", cite(yes).href(), yes.quote()));
                else cells.add(new Cell("silent", null, null));
            }
            rows.add(new Row(f.id(), f.text(), status(f.cite(), f.contradictedBy()), cells));
        }
        return rows;
    }

    /**
     * The comparison for explainers with too many sources for a column each: for each fact, the
     * sources that agree and those that contradict (each linking to its quote), and how many are silent.
     * Its size grows with the citations, not with claims × sources.
     */
    public List<Claim> claims() {
        List<Claim> out = new ArrayList<>(content.facts().size());
        for (Fact f : content.facts()) {
            Map<String, Contradiction> against = firstBySource(f.contradictedBy());
            List<Cite> agree = firstBySource(f.cite()).values().stream()
                    .filter(c -> !against.containsKey(c.source()) && sources.containsKey(c.source())).map(this::cite).toList();
            List<Cite> contradict = against.values().stream().filter(c -> sources.containsKey(c.source())).map(this::cite).toList();
            out.add(new Claim(f.id(), f.text(), status(f.cite(), f.contradictedBy()), agree, contradict,
                    formats.count(sources.size() - agree.size() - contradict.size())));
        }
        return out;
    }

    private static <Q extends Quoted> Map<String, Q> firstBySource(List<Q> quotes) {
        Map<String, Q> first = new LinkedHashMap<>();
        for (Q q : quotes) first.putIfAbsent(q.source(), q);
        return first;
    }

    /** The number of words in a text, as {@code text.strip().split("\\s+").length} counts them, without copying it. */
    static int words(String text) {
        // strip() trims Character.isWhitespace code points; split("\\s+") breaks at ASCII whitespace.
        int start = 0, end = text.length();
        while (start < end) {
            int cp = text.codePointAt(start);
            if (!Character.isWhitespace(cp)) break;
            start += Character.charCount(cp);
        }
        while (end > start) {
            int cp = text.codePointBefore(end);
            if (!Character.isWhitespace(cp)) break;
            end -= Character.charCount(cp);
        }
        int n = 1;
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean sp = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
            if (sp && !space) n++;
            space = sp;
        }
        return n;
    }
}
