package dev.explainer.check;

import dev.explainer.model.Content;
import dev.explainer.model.ContextSection;
import dev.explainer.model.Diagnostics;
import dev.explainer.model.Fact;
import dev.explainer.model.Figure;
import dev.explainer.model.KeyFact;
import dev.explainer.model.Person;
import dev.explainer.model.Pos;
import dev.explainer.model.TimelineEntry;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prose may refer to facts but not smuggle in numbers or names that no statement supports: every
 * number and capitalised name in Markdown prose must appear in some statement, person or known name.
 */
public final class ProseCheck {
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\p{L}(?:\\s+\\p{Lu}[\\p{L}'’-]*\\p{L})+");

    private ProseCheck() {}

    public static void run(Content c, Diagnostics out) {
        // Prose with no number and no name has nothing to check: skip gathering every statement.
        java.util.List<String> prose = new java.util.ArrayList<>();
        if (c.context().intro() != null) prose.add(c.context().intro());
        for (ContextSection s : c.context().sections()) if (s.prose() != null) prose.add(s.prose());
        prose.add(c.about());
        if (prose.stream().noneMatch(p -> NUMBER.matcher(p).find() || NAME.matcher(p).find())) return;
        StringBuilder corpus = new StringBuilder();
        for (Fact f : c.facts()) corpus.append(f.text()).append('\n');
        for (Person p : c.people()) {
            corpus.append(p.name()).append('\n').append(String.join("\n", p.variants())).append('\n').append(p.role().text()).append('\n');
            if (p.outcome() != null) corpus.append(p.outcome().text()).append('\n');
        }
        for (Figure f : c.figures()) corpus.append(f.value().toPlainString()).append(' ').append(f.label()).append('\n');
        for (TimelineEntry t : c.timeline()) corpus.append(t.date()).append(' ').append(t.text()).append('\n');
        for (KeyFact k : c.event().keyFacts()) corpus.append(k.value()).append('\n');
        corpus.append(c.event().headline()).append('\n').append(c.event().place()).append('\n').append(c.event().date()).append('\n');
        c.site().knownNames().forEach(n -> corpus.append(n).append('\n'));
        String text = corpus.toString();
        Set<String> numbers = new HashSet<>();
        Matcher nm = NUMBER.matcher(text);
        while (nm.find()) numbers.add(plain(nm.group()));

        if (c.context().intro() != null) prose(c.context().intro(), c.context().pos(), false, text, numbers, out);
        for (ContextSection s : c.context().sections()) {
            if (s.prose() != null) prose(s.prose(), s.pos(), false, text, numbers, out);
        }
        if (!c.about().isBlank()) prose(c.about(), new Pos("content/about.md", 1, 1), true, text, numbers, out);
    }

    private static void prose(String prose, Pos at, boolean ownFile, String corpus, Set<String> numbers, Diagnostics out) {
        Matcher m = NUMBER.matcher(prose);
        while (m.find()) {
            String n = plain(m.group());
            if (!numbers.contains(n)) {
                out.warning(where(prose, m.start(), at, ownFile), "the number " + m.group().replaceAll("[,.]$", "")
                        + " in prose is not supported by any statement", "add a fact that cites it, or take it out of the prose");
            }
        }
        Matcher w = NAME.matcher(prose);
        while (w.find()) {
            String name = w.group();
            String trimmed = name.replaceFirst("^(The|A|An|In|On|At|As|But|And|For|While|Since|After|Before|When|Our|We|Every|Each|This) ", "");
            if (trimmed.indexOf(' ') < 0 || corpus.contains(trimmed)) continue;
            out.warning(where(prose, w.start(), at, ownFile), "the name '" + trimmed + "' in prose is not supported by any statement",
                    "add a fact or person that names it, or list it in known_names");
        }
    }

    private static String plain(String n) {
        return n.replace(",", "").replaceAll("\\.$", "");
    }

    private static Pos where(String prose, int offset, Pos at, boolean ownFile) {
        if (!ownFile) return at;
        int line = 1, col = 1;
        for (int i = 0; i < offset; i++) {
            if (prose.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new Pos(at.file(), line, col);
    }
}
