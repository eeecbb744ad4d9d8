package dev.explainer.content;

import dev.explainer.model.Caps;
import dev.explainer.model.Citation;
import dev.explainer.model.Context;
import dev.explainer.model.ContextSection;
import dev.explainer.model.Contradiction;
import dev.explainer.model.Correction;
import dev.explainer.model.Event;
import dev.explainer.model.Fact;
import dev.explainer.model.Figure;
import dev.explainer.model.KeyFact;
import dev.explainer.model.Nav;
import dev.explainer.model.Person;
import dev.explainer.model.Ref;
import dev.explainer.model.SiteConfig;
import dev.explainer.model.Source;
import dev.explainer.model.Statement;
import dev.explainer.model.TimelineEntry;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * Turns a schema-valid YAML tree into model records, one method per record. The schema has already
 * rejected wrong keys and types, so this only maps names: YAML {@code snake_case} keys to record
 * components. Optional keys become null or an empty list.
 */
final class Binder {
    private Binder() {}

    static SiteConfig site(YNode n) {
        YNode.YMap m = (YNode.YMap) n;
        YNode.YMap caps = map(m, "caps");
        YNode.YMap nav = map(m, "nav");
        return new SiteConfig(str(m, "title"), str(m, "description"), str(m, "language"), str(m, "base_url"),
                str(m, "domain"), str(m, "publisher"), str(m, "published"), str(m, "updated"),
                new Caps(integer(caps, "words_per_quote"), integer(caps, "words_per_source")),
                new Nav(str(nav, "home"), str(nav, "figures"), str(nav, "context"), str(nav, "compare"), str(nav, "about")),
                strings(m, "known_names"),
                list(m, "corrections", c -> new Correction(str(c, "date"), str(c, "text"), c.pos())),
                m.pos());
    }

    static List<Source> sources(YNode n) {
        return items(n, m -> new Source(str(m, "id"), str(m, "file"), str(m, "outlet"), str(m, "short_name"),
                str(m, "headline"), str(m, "date"), str(m, "byline"), str(m, "url"), bool(m, "full_text"),
                str(m, "note"), m.pos()));
    }

    static List<Fact> facts(YNode n) {
        return items(n, m -> new Fact(str(m, "id"), str(m, "text"), cites(m, "cite"),
                list(m, "contradicted_by", c -> new Contradiction(str(c, "source"), str(c, "quote"), str(c, "verdict"), c.pos())),
                m.pos()));
    }

    static List<Person> people(YNode n) {
        return items(n, m -> new Person(str(m, "id"), str(m, "name"), strings(m, "variants"),
                statement(m, "role"), statement(m, "outcome"), cites(m, "said"), m.pos()));
    }

    static List<Figure> figures(YNode n) {
        return items(n, m -> new Figure(str(m, "id"), new BigDecimal(str(m, "value")), str(m, "unit"), str(m, "label"),
                str(m, "as_of"), ref(m, "part_of"), cites(m, "cite"), m.pos()));
    }

    static List<TimelineEntry> timeline(YNode n) {
        return items(n, m -> new TimelineEntry(str(m, "date"), str(m, "text"), cites(m, "cite"), m.pos()));
    }

    static Event event(YNode n) {
        YNode.YMap m = (YNode.YMap) n;
        return new Event(str(m, "headline"), str(m, "date"), str(m, "place"), refs(m, "summary"),
                list(m, "key_facts", k -> new KeyFact(str(k, "label"), str(k, "value"), ref(k, "fact"), k.pos())),
                refs(m, "known"), refs(m, "unknown"), m.pos());
    }

    static Context context(YNode n) {
        YNode.YMap m = (YNode.YMap) n;
        return new Context(str(m, "title"), str(m, "intro"),
                list(m, "sections", s -> new ContextSection(str(s, "heading"), str(s, "prose"), refs(s, "facts"), s.pos())),
                m.pos());
    }

    // --- small accessors -------------------------------------------------------------------

    private static Statement statement(YNode.YMap m, String key) {
        YNode.YMap s = map(m, key);
        return s == null ? null : new Statement(str(s, "text"), cites(s, "cite"), s.pos());
    }

    private static List<Citation> cites(YNode.YMap m, String key) {
        return list(m, key, c -> new Citation(str(c, "source"), str(c, "quote"), c.pos()));
    }

    private static List<Ref> refs(YNode.YMap m, String key) {
        YNode n = m.get(key);
        if (!(n instanceof YNode.YList l)) return List.of();
        return l.items().stream().map(i -> new Ref(text(i), i.pos())).toList();
    }

    private static Ref ref(YNode.YMap m, String key) {
        YNode n = m.get(key);
        return n instanceof YNode.YScalar s && s.type() != YNode.YScalar.Type.NULL ? new Ref(s.text(), s.pos()) : null;
    }

    private static <T> List<T> items(YNode n, Function<YNode.YMap, T> f) {
        return ((YNode.YList) n).items().stream().map(i -> f.apply((YNode.YMap) i)).toList();
    }

    private static <T> List<T> list(YNode.YMap m, String key, Function<YNode.YMap, T> f) {
        YNode n = m == null ? null : m.get(key);
        if (!(n instanceof YNode.YList l)) return List.of();
        return l.items().stream().map(i -> f.apply((YNode.YMap) i)).toList();
    }

    private static List<String> strings(YNode.YMap m, String key) {
        YNode n = m.get(key);
        if (!(n instanceof YNode.YList l)) return List.of();
        return l.items().stream().map(Binder::text).toList();
    }

    private static String text(YNode n) {
        return n instanceof YNode.YScalar s ? s.text() : "";
    }

    private static YNode.YMap map(YNode.YMap m, String key) {
        return m != null && m.get(key) instanceof YNode.YMap sub ? sub : null;
    }

    static String str(YNode.YMap m, String key) {
        YNode n = m == null ? null : m.get(key);
        return n instanceof YNode.YScalar s && s.type() != YNode.YScalar.Type.NULL ? s.text() : null;
    }

    private static int integer(YNode.YMap m, String key) {
        String s = str(m, key);
        return s == null ? 0 : Integer.parseInt(s);
    }

    private static boolean bool(YNode.YMap m, String key) {
        return Boolean.parseBoolean(str(m, key));
    }
}
