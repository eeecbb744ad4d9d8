package dev.explainer.preview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.explainer.build.BuildResult;
import dev.explainer.model.Content;
import dev.explainer.model.ContextSection;
import dev.explainer.model.Diagnostic;
import dev.explainer.model.Pos;
import dev.explainer.model.Source;
import dev.explainer.render.ViewBuilder;
import dev.explainer.render.Views.Cite;
import dev.explainer.render.Views.Dissent;
import dev.explainer.render.Views.FactView;
import dev.explainer.render.Views.PersonView;
import dev.explainer.render.Views.Stmt;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The proofreading data of one build, served as JSON to the proofreading mode: for every statement
 * key a page marks with {@code data-stmt}, what it says, where in the YAML it was written, whether it
 * is corroborated, single-source or contested, and the quotes behind it; plus the warnings of
 * {@code check}. The statements come from the same {@link ViewBuilder} the pages are drawn from, so
 * the keys cannot drift apart.
 */
final class ProofIndex {
    /** Configured once here and never changed; Jackson's mappers are safe to share between threads. */
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern POSITION = Pattern.compile("^(.*):(\\d+):(\\d+)$");

    private ProofIndex() {}

    /** The data when no build has succeeded yet. */
    static byte[] empty() {
        return "{\"build\":0,\"statements\":{},\"counts\":{},\"warnings\":[],\"sources\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The JSON for a build whose content loaded and checked; {@code build} identifies it. */
    static byte[] json(BuildResult r, long build) {
        ObjectNode root = JSON.createObjectNode();
        root.put("build", build);
        ObjectNode statements = root.putObject("statements");
        Content content = r.content();
        if (content != null && r.provenance() != null && r.ok()) {
            ViewBuilder views = new ViewBuilder(content, r.provenance());
            List<FactView> facts = views.allFacts();
            for (FactView f : facts) put(statements, "fact", f.stmt(), f.dissent());
            var keyFacts = views.keyFacts();
            for (int i = 0; i < keyFacts.size(); i++) {
                String factId = content.event().keyFacts().get(i).fact().id();
                List<Dissent> dissent = facts.stream().filter(f -> f.id().equals(factId))
                        .findFirst().map(FactView::dissent).orElse(List.of());
                put(statements, "key fact", keyFacts.get(i).stmt(), dissent);
            }
            for (PersonView p : views.people()) {
                put(statements, "person", p.role(), List.of());
                if (p.outcome() != null) put(statements, "person", p.outcome(), List.of());
            }
            views.figures().forEach(f -> put(statements, "number", f.stmt(), List.of()));
            views.timeline().forEach(t -> put(statements, "timeline", t.stmt(), List.of()));
            // Prose blocks carry these keys in the templates; they cite nothing by design.
            if (content.context().intro() != null) prose(statements, "prose-intro", content.context().intro(), content.context().pos());
            List<ContextSection> sections = content.context().sections();
            for (int i = 0; i < sections.size(); i++) {
                if (sections.get(i).prose() != null) {
                    prose(statements, "prose-section-" + (i + 1), sections.get(i).prose(), sections.get(i).pos());
                }
            }
            if (!content.about().isBlank()) prose(statements, "prose-about", content.about(), new Pos("content/about.md", 1, 1));
        }
        ObjectNode counts = root.putObject("counts");
        statements.forEach(s -> {
            String status = s.get("status").asText();
            counts.put(status, counts.path(status).asInt() + 1);
        });
        ArrayNode warnings = root.putArray("warnings");
        for (Diagnostic d : r.diagnostics()) {
            ObjectNode w = warnings.addObject();
            w.put("severity", d.severity().label());
            w.put("pos", d.pos().toString());
            w.put("message", d.message());
            w.put("hint", d.hint());
            w.put("link", Html.fileHref(d.pos().file(), d.pos().line()));
        }
        ArrayNode sources = root.putArray("sources");
        if (content != null) {
            for (Source s : content.sources()) {
                ObjectNode o = sources.addObject();
                o.put("id", s.id());
                o.put("label", s.shortName());
                o.put("outlet", s.outlet());
                o.put("article", "/_preview/articles/" + s.id());
            }
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void put(ObjectNode statements, String kind, Stmt s, List<Dissent> dissent) {
        ObjectNode o = statements.putObject(s.key());
        o.put("kind", kind);
        o.put("text", s.text());
        position(o, s.yaml());
        o.put("status", s.status());
        ArrayNode cites = o.putArray("cites");
        for (Cite c : s.cites()) cite(cites.addObject(), c);
        ArrayNode against = o.putArray("dissent");
        for (Dissent d : dissent) cite(against.addObject(), d.cite()).put("verdict", d.verdict());
    }

    private static void prose(ObjectNode statements, String key, String markdown, Pos pos) {
        ObjectNode o = statements.putObject(key);
        o.put("kind", "prose");
        String text = markdown.strip().replaceAll("\\s+", " ");
        o.put("text", text.length() > 240 ? text.substring(0, 239) + "…" : text);
        position(o, pos.toString());
        o.put("status", "unsourced");
        o.putArray("cites");
        o.putArray("dissent");
    }

    private static void position(ObjectNode o, String yaml) {
        o.put("yaml", yaml);
        Matcher m = POSITION.matcher(yaml);
        o.put("link", m.matches() ? Html.fileHref(m.group(1), Integer.parseInt(m.group(2))) : Html.fileHref(yaml, 0));
    }

    private static ObjectNode cite(ObjectNode o, Cite c) {
        o.put("source", c.source());
        o.put("label", c.label());
        o.put("quote", c.quote());
        o.put("href", "/" + c.href());
        int hash = c.href().indexOf('#');
        o.put("article", "/_preview/articles/" + c.source() + (hash < 0 ? "" : c.href().substring(hash)));
        return o;
    }
}
