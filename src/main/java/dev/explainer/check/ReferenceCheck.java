package dev.explainer.check;

import dev.explainer.content.Suggest;
import dev.explainer.model.Content;
import dev.explainer.model.ContextSection;
import dev.explainer.model.Fact;
import dev.explainer.model.Figure;
import dev.explainer.model.KeyFact;
import dev.explainer.model.Person;
import dev.explainer.model.Pos;
import dev.explainer.model.Diagnostics;
import dev.explainer.model.Quoted;
import dev.explainer.model.Ref;
import dev.explainer.model.Source;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Ids are unique and every reference names something that exists: citations name sources, the
 * home and background pages name facts, numbers name the numbers they are part of. Also: every
 * source is cited, and a source does not both support and contradict one fact. (Whether a date is
 * real is the schema's business: its {@code calendar-date} format.)
 */
public final class ReferenceCheck {
    private ReferenceCheck() {}

    public static void run(Content c, Diagnostics out) {
        Map<String, Pos> sources = unique(c.sources(), Source::id, Source::pos, "source", out);
        Map<String, Pos> facts = unique(c.facts(), Fact::id, Fact::pos, "fact", out);
        unique(c.people(), Person::id, Person::pos, "person", out);
        Map<String, Pos> figures = unique(c.figures(), Figure::id, Figure::pos, "number", out);

        Map<String, Pos> files = new HashMap<>();
        for (Source s : c.sources()) {
            Pos first = files.putIfAbsent(s.file(), s.pos());
            if (first != null) {
                out.warning(s.pos(), "source '" + s.id() + "' uses the same file as the source at line " + first.line(),
                        "each source should have its own article file");
            }
        }

        Set<String> cited = new HashSet<>();
        for (Quoted q : Quotes.all(c)) {
            cited.add(q.source());
            if (!sources.containsKey(q.source())) {
                out.error(q.pos(), "unknown source '" + q.source() + "'",
                        Suggest.didYouMean(q.source(), sources.keySet(), Suggest.nearestHint(q.source(), sources.keySet())));
            }
        }
        for (Source s : c.sources()) {
            if (!cited.contains(s.id())) {
                out.warning(s.pos(), "source '" + s.id() + "' is never cited", "cite it from a fact, or remove it");
            }
        }
        for (Fact f : c.facts()) {
            Set<String> agree = new HashSet<>();
            f.cite().forEach(x -> agree.add(x.source()));
            f.contradictedBy().stream().filter(x -> agree.contains(x.source())).forEach(x ->
                    out.error(x.pos(), "source '" + x.source() + "' both supports and contradicts fact '" + f.id() + "'",
                            "a source that says both should be listed once, where its main claim belongs"));
        }

        for (Ref r : c.event().summary()) ref(r, facts, "fact", out);
        for (Ref r : c.event().known()) ref(r, facts, "fact", out);
        for (Ref r : c.event().unknown()) ref(r, facts, "fact", out);
        for (KeyFact k : c.event().keyFacts()) ref(k.fact(), facts, "fact", out);
        for (ContextSection s : c.context().sections()) for (Ref r : s.facts()) ref(r, facts, "fact", out);
        for (Figure f : c.figures()) {
            if (f.partOf() != null) {
                ref(f.partOf(), figures, "number", out);
                if (f.partOf().id().equals(f.id())) out.error(f.partOf().pos(), "number '" + f.id() + "' is part of itself", "name a larger number");
            }
        }
    }

    private static <T> Map<String, Pos> unique(List<T> items, Function<T, String> id, Function<T, Pos> pos,
                                               String what, Diagnostics out) {
        Map<String, Pos> seen = new LinkedHashMap<>();
        for (T item : items) {
            Pos first = seen.putIfAbsent(id.apply(item), pos.apply(item));
            if (first != null) {
                out.error(pos.apply(item), "duplicate " + what + " id '" + id.apply(item) + "'",
                        "already used at line " + first.line() + "; give each " + what + " its own id");
            }
        }
        return seen;
    }

    private static void ref(Ref r, Map<String, Pos> known, String what, Diagnostics out) {
        if (r == null || known.containsKey(r.id())) return;
        out.error(r.pos(), "unknown " + what + " '" + r.id() + "'",
                Suggest.didYouMean(r.id(), known.keySet(), Suggest.nearestHint(r.id(), known.keySet())));
    }

}
