package dev.explainer.render;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.explainer.model.Content;
import dev.explainer.model.Nav;
import dev.explainer.model.Provenance;
import dev.explainer.model.SiteConfig;
import dev.explainer.model.Source;
import dev.explainer.render.Views.NavItem;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Decides which pages the site has and what each one shows: the summary, key figures, context,
 * source comparison, about, one reading page per source, the 404 page, and the feed and sitemap.
 */
public final class PagePlan {
    /**
     * Up to this many sources, every page lists them all (the footer, the structured data) and the
     * comparison is a table with a column per source. Beyond it, pages link to the list on the about
     * page instead, and the comparison lists who agrees and who contradicts each claim, so the site
     * grows with its content rather than with sources × pages.
     */
    public static final int MANY_SOURCES = 12;

    private final Content content;
    private final ViewBuilder views;
    private final Markdown markdown;
    private final String baseUrl;
    private final boolean manySources;
    // The same on every page, so worked out once.
    private final String published;
    private final String updated;
    private final String datePublished;
    private final String dateModified;
    private final String sourceCount;
    private final String ldSiteFields;
    private final String ldPublisher;

    /** @param baseUrl where the site is published, ending in '/'; overrides the one in site.yaml when not null */
    public PagePlan(Content content, Provenance provenance, Markdown markdown, String baseUrl) {
        this.content = content;
        this.views = new ViewBuilder(content, provenance);
        this.markdown = markdown;
        String b = baseUrl != null ? baseUrl : content.site().baseUrl();
        this.baseUrl = b.endsWith("/") ? b : b + "/";
        this.manySources = content.sources().size() > MANY_SOURCES;
        SiteConfig site = content.site();
        this.published = views.formats().date(site.published().substring(0, 10));
        this.updated = views.formats().date(site.updated().substring(0, 10));
        this.datePublished = OffsetDateTime.parse(site.published()).toString();
        this.dateModified = OffsetDateTime.parse(site.updated()).toString();
        this.sourceCount = views.formats().count(views.sources().size());
        this.ldSiteFields = siteFields(site, datePublished, dateModified);
        StringBuilder publisher = new StringBuilder();
        organization(publisher, "publisher", site.publisher());
        organization(publisher, "author", site.publisher());
        this.ldPublisher = publisher.toString();
    }

    /**
     * A page whose model is made only when asked for, so pages can be drawn on several threads and
     * each model dropped once its page is written.
     */
    public record Planned(String path, String template, Supplier<Map<String, Object>> model) {
        public Page page() {
            return new Page(path, template, model.get());
        }
    }

    /** Every page of the site, with its model. */
    public List<Page> pages() {
        return planned().stream().map(Planned::page).collect(Collectors.toCollection(ArrayList::new));
    }

    /** Every page of the site, in the order of {@link #pages()}, with models made on demand. */
    public List<Planned> planned() {
        SiteConfig site = content.site();
        Nav nav = site.nav();
        List<Planned> pages = new ArrayList<>();

        pages.add(new Planned("index.html", "home.ftlh", () -> {
            Map<String, Object> home = common("index.html", content.event().headline(), site.description(), nav.home());
            home.put("event", content.event());
            home.put("eventDate", views.formats().date(content.event().date()));
            home.put("summary", views.facts(content.event().summary()));
            home.put("keyFacts", views.keyFacts());
            home.put("figures", views.figures());
            home.put("known", views.facts(content.event().known()));
            home.put("unknown", views.facts(content.event().unknown()));
            home.put("timeline", views.timeline());
            return home;
        }));

        pages.add(new Planned("figures.html", "figures.ftlh", () -> {
            Map<String, Object> figures = common("figures.html", nav.figures(),
                    "Who is who, and the numbers of the event, each with its source.", nav.figures());
            figures.put("people", views.people());
            figures.put("figures", views.figures());
            figures.put("charts", views.charts());
            return figures;
        }));

        pages.add(new Planned("context.html", "context.ftlh", () -> {
            Map<String, Object> context = common("context.html", content.context().title(),
                    "The background to the event, each statement with its source.", nav.context());
            context.put("context", content.context());
            context.put("introHtml", markdown.html(content.context().intro()));
            List<Views.SectionView> sections = new ArrayList<>();
            for (int i = 0; i < content.context().sections().size(); i++) {
                var s = content.context().sections().get(i);
                sections.add(new Views.SectionView("section-" + (i + 1), s.heading(), markdown.html(s.prose()), views.facts(s.facts())));
            }
            context.put("sections", sections);
            return context;
        }));

        pages.add(new Planned("compare.html", "compare.ftlh", () -> {
            Map<String, Object> compare = common("compare.html", nav.compare(),
                    "Every claim against every source: which agree, which contradict, which are silent.", nav.compare());
            if (manySources) compare.put("claims", views.claims());
            else compare.put("rows", views.comparison());
            return compare;
        }));

        pages.add(new Planned("about.html", "about.ftlh", () -> {
            Map<String, Object> about = common("about.html", nav.about(), "How this explainer was made, and its sources.", nav.about());
            about.put("aboutHtml", markdown.html(content.about()));
            about.put("corrections", site.corrections().stream()
                    .map(c -> new Views.Correction(views.formats().date(c.date()), c.date(), c.text())).toList());
            about.put("factCount", content.facts().size());
            about.put("quoteCount", dev.explainer.check.Quotes.all(content).size());
            return about;
        }));

        for (Source s : content.sources()) {
            String path = ViewBuilder.sourceHref(s.id());
            pages.add(new Planned(path, "source.ftlh", () -> {
                Map<String, Object> m = common(path, s.outlet() + ": " + s.headline(),
                        "What " + s.outlet() + " reported, quote by quote, checked against the other sources.", null, s);
                m.put("page", views.sourcePage(s, s.fullText()));
                return m;
            }));
        }

        pages.add(new Planned("404.html", "404.ftlh", () -> {
            Map<String, Object> notFound = common("404.html", "Page not found", site.description(), null);
            // GitHub Pages serves the 404 page at whatever address was missed, at any depth, so its links
            // are absolute URLs and its styles are inline (see 404.ftlh): relative links would break
            // below the top folder, and root-relative ones wherever the site is served at another path.
            notFound.put("root", baseUrl);
            return notFound;
        }));
        return pages;
    }

    /** The feed and sitemap, which list the pages. */
    public List<Page> indexes(List<Page> pages) {
        return indexesOf(pages.stream().map(Page::path).toList());
    }

    /** The feed and sitemap, which list the pages at these paths. */
    public List<Page> indexesOf(List<String> paths) {
        Map<String, Object> m = new HashMap<>();
        m.put("site", content.site());
        m.put("baseUrl", baseUrl);
        m.put("urls", paths.stream().filter(p -> !p.equals("404.html"))
                .map(p -> baseUrl + (p.equals("index.html") ? "" : p)).toList());
        m.put("corrections", content.site().corrections());
        m.put("headline", content.event().headline());
        return List.of(new Page("sitemap.xml", "sitemap.ftlx", m), new Page("feed.xml", "feed.ftlx", m));
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The path part of the base URL: "/" at a domain root, "/repo/" under a project path. */
    public String rootPath() {
        String rest = baseUrl.replaceFirst("^https?://[^/]+", "");
        return rest.isEmpty() ? "/" : rest;
    }

    private Map<String, Object> common(String path, String title, String description, String current) {
        return common(path, title, description, current, null);
    }

    /** @param source the source a reading page is about, or null */
    private Map<String, Object> common(String path, String title, String description, String current, Source source) {
        SiteConfig site = content.site();
        Map<String, Object> m = new HashMap<>();
        int depth = (int) path.chars().filter(c -> c == '/').count();
        m.put("root", "../".repeat(depth));
        m.put("path", path);
        m.put("site", site);
        m.put("title", title);
        m.put("description", description);
        m.put("baseUrl", baseUrl);
        m.put("canonical", baseUrl + (path.equals("index.html") ? "" : path));
        m.put("published", published);
        m.put("updated", updated);
        m.put("nav", nav(current));
        m.put("sources", views.sources());
        m.put("sourceCount", sourceCount);
        m.put("manySources", manySources);
        m.put("jsonLd", jsonLd(title, path, source));
        return m;
    }

    private List<NavItem> nav(String current) {
        Nav n = content.site().nav();
        List<NavItem> items = new ArrayList<>();
        String[][] entries = {{n.home(), "index.html"}, {n.figures(), "figures.html"}, {n.context(), "context.html"},
                {n.compare(), "compare.html"}, {n.about(), "about.html"}};
        for (String[] e : entries) items.add(new NavItem(e[0], e[1], e[0].equals(current)));
        return items;
    }

    /**
     * NewsArticle structured data; search engines read it, readers never see it. It cites every
     * source, or with many sources, only the one a reading page is about (and on the about page,
     * which lists them, all of them). Written as text, with Jackson's encoder for the strings: only
     * the headline, the address and the citations differ from page to page, and a generator per
     * page cost the optimising compiler a quarter of a second at 10,000 sources.
     */
    private String jsonLd(String title, String path, Source source) {
        List<Source> cited = !manySources || path.equals("about.html") ? content.sources()
                : source != null ? List.of(source) : List.of();
        StringBuilder o = new StringBuilder(ldSiteFields.length() + ldPublisher.length() + 256 + 256 * cited.size());
        o.append("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":");
        string(o, title.length() > 110 ? title.substring(0, 109) + "…" : title);
        o.append(ldSiteFields).append(",\"url\":");
        string(o, baseUrl + (path.equals("index.html") ? "" : path));
        o.append(ldPublisher);
        if (!cited.isEmpty()) {
            o.append(",\"citation\":[");
            for (int i = 0; i < cited.size(); i++) {
                Source s = cited.get(i);
                o.append(i == 0 ? "{" : ",{").append("\"@type\":\"NewsArticle\",\"headline\":");
                string(o, s.headline());
                o.append(",\"datePublished\":");
                string(o, s.date());
                organization(o, "publisher", s.outlet());
                if (s.url() != null) {
                    o.append(",\"url\":");
                    string(o, s.url());
                }
                o.append('}');
            }
            o.append(']');
        }
        o.append('}');
        // "</" would end the script element early; JSON allows the escaped form.
        return o.toString().replace("</", "<\\/");
    }

    /** The fields between the headline and the address, the same on every page. */
    private static String siteFields(SiteConfig site, String datePublished, String dateModified) {
        StringBuilder o = new StringBuilder();
        o.append(",\"description\":");
        string(o, site.description());
        o.append(",\"inLanguage\":");
        string(o, site.language());
        o.append(",\"datePublished\":");
        string(o, datePublished);
        o.append(",\"dateModified\":");
        string(o, dateModified);
        return o.toString();
    }

    private static void organization(StringBuilder o, String field, String name) {
        o.append(",\"").append(field).append("\":{\"@type\":\"Organization\",\"name\":");
        string(o, name);
        o.append('}');
    }

    /** A JSON string, quoted and escaped as Jackson's generator writes it; null as null. */
    static void string(StringBuilder o, String s) {
        if (s == null) {
            o.append("null");
            return;
        }
        o.append('"');
        JsonStringEncoder.getInstance().quoteAsString(s, o);
        o.append('"');
    }
}
