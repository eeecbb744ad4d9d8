package dev.explainer.model;

import java.util.List;
import java.util.Map;

/** Everything one explainer is made of, as read from {@code content/} and {@code seeds/}. */
public record Content(SiteConfig site, List<Source> sources, Event event, List<Fact> facts, List<Person> people,
                      List<Figure> figures, List<TimelineEntry> timeline, Context context, String about,
                      Map<String, Article> articles) {

    /** The source with this id, or null (a linear scan: for one-off lookups, not loops). */
    public Source source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }
}
