package dev.explainer.check;

import dev.explainer.model.Content;
import dev.explainer.model.Fact;
import dev.explainer.model.Figure;
import dev.explainer.model.Person;
import dev.explainer.model.Quoted;
import dev.explainer.model.TimelineEntry;

import java.util.ArrayList;
import java.util.List;

/** Every quote in the content, in the order the files list them. */
public final class Quotes {
    private Quotes() {}

    public static List<Quoted> all(Content c) {
        List<Quoted> out = new ArrayList<>();
        for (Fact f : c.facts()) {
            out.addAll(f.cite());
            out.addAll(f.contradictedBy());
        }
        for (Person p : c.people()) {
            out.addAll(p.role().cite());
            if (p.outcome() != null) out.addAll(p.outcome().cite());
            out.addAll(p.said());
        }
        for (Figure f : c.figures()) out.addAll(f.cite());
        for (TimelineEntry t : c.timeline()) out.addAll(t.cite());
        return out;
    }
}
