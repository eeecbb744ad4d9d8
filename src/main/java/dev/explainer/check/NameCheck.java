package dev.explainer.check;

import dev.explainer.model.Article;
import dev.explainer.model.Content;
import dev.explainer.model.Diagnostics;
import dev.explainer.model.Mention;
import dev.explainer.model.Person;
import dev.explainer.model.Pos;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every mention of a registered person in the articles, under any of their spellings (full
 * names, variants, and the last word of each), and warns about capitalised names that match no
 * person and no known name, so a writer can register them.
 */
public final class NameCheck {
    /** Two or more capitalised words in a row: a likely proper name. */
    private static final Pattern NAME_RUN = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*\\p{L}(?:\\s+\\p{Lu}[\\p{L}'’.-]*\\p{L})+");
    /** Words that are capitalised for grammar, not because they name someone. */
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "On", "In", "At", "As", "But", "And", "For",
            "While", "Among", "Also", "Upon", "Since", "Following", "According", "Despite", "After", "Before", "Yet",
            "When", "Under", "Both", "Most", "Some", "This", "That", "These", "Those", "His", "Her", "Their", "It", "We",
            "Our", "Of", "To", "By", "With", "From", "Who", "What", "Why", "How", "Senior", "Former", "President",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "May", "June", "July", "August", "September", "October", "November", "December");

    private NameCheck() {}

    /** Mentions per source id; warnings for unregistered names and for people no article names. */
    public static Map<String, List<Mention>> run(Content c, Diagnostics out) {
        List<Spelling> spellings = spellings(c.people());
        Set<String> known = new HashSet<>(c.site().knownNames());
        Map<String, List<Mention>> all = new LinkedHashMap<>();
        Set<String> mentioned = new HashSet<>();
        for (Article a : c.articles().values()) {
            List<Mention> found = new ArrayList<>();
            Set<String> warned = new HashSet<>();
            for (int i = 0; i < a.paragraphs().size(); i++) {
                String para = a.paragraphs().get(i);
                List<Mention> here = mentions(para, i + 1, spellings);
                found.addAll(here);
                here.forEach(m -> mentioned.add(m.person()));
                if (looksLikeHeading(para)) continue;
                Matcher m = NAME_RUN.matcher(para);
                while (m.find()) {
                    String run = trim(m.group());
                    if (run.indexOf(' ') < 0 || overlaps(here, m.start(), m.end()) || isKnown(run, known)) continue;
                    // "Prisoner Release: ..." is a list item's label, not a name.
                    if (m.end() < para.length() && para.charAt(m.end()) == ':') continue;
                    if (warned.add(run)) {
                        out.warning(position(a, i, m.start()), "unregistered name '" + run + "' in source '" + a.sourceId() + "'",
                                "add it to a person's variants in content/people.yaml, or to known_names in content/site.yaml");
                    }
                }
            }
            all.put(a.sourceId(), List.copyOf(found));
        }
        for (Person p : c.people()) {
            if (!mentioned.contains(p.id())) {
                out.warning(p.pos(), "person '" + p.id() + "' is not named in any source",
                        "add the spelling the articles use to 'variants', or remove the person");
            }
        }
        return all;
    }

    record Spelling(String text, String person, Pattern pattern) {}

    static List<Spelling> spellings(List<Person> people) {
        Map<String, String> owner = new LinkedHashMap<>();
        for (Person p : people) {
            List<String> forms = new ArrayList<>();
            forms.add(p.name());
            forms.addAll(p.variants());
            for (String f : List.copyOf(forms)) {
                String last = f.substring(f.lastIndexOf(' ') + 1);
                if (last.length() > 2) forms.add(last);
            }
            for (String f : forms) owner.putIfAbsent(f, p.id());
        }
        return owner.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()).thenComparing(Map.Entry::getKey))
                .map(e -> new Spelling(e.getKey(), e.getValue(),
                        Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(e.getKey()) + "(?![\\p{L}\\p{N}])")))
                .toList();
    }

    /** Non-overlapping mentions in one paragraph, longest spelling first, in text order. */
    static List<Mention> mentions(String para, int paragraph, List<Spelling> spellings) {
        List<Mention> out = new ArrayList<>();
        for (Spelling s : spellings) {
            if (!para.contains(s.text())) continue;
            Matcher m = s.pattern().matcher(para);
            while (m.find()) {
                if (!overlaps(out, m.start(), m.end())) out.add(new Mention(s.person(), s.text(), paragraph, m.start(), m.end()));
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private static boolean overlaps(List<Mention> ms, int start, int end) {
        for (Mention m : ms) if (start < m.end() && m.start() < end) return true;
        return false;
    }

    private static String trim(String run) {
        List<String> words = new ArrayList<>(List.of(run.split("\\s+")));
        while (!words.isEmpty() && NOT_NAMES.contains(words.get(0))) words.remove(0);
        while (!words.isEmpty() && NOT_NAMES.contains(words.get(words.size() - 1))) words.remove(words.size() - 1);
        return String.join(" ", words);
    }

    private static boolean isKnown(String run, Set<String> known) {
        for (String k : known) if (k.contains(run) || run.contains(k)) return true;
        return false;
    }

    /** Headings are title case: most words capitalised and no closing full stop. */
    private static boolean looksLikeHeading(String para) {
        String[] words = para.split("\\s+");
        if (words.length > 14 || para.endsWith(".")) return false;
        long caps = java.util.Arrays.stream(words).filter(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0))).count();
        return caps * 10 >= words.length * 6L;
    }

    /** The line and column in the seed file of a character of a paragraph. */
    private static Pos position(Article a, int paragraph, int offset) {
        String para = a.paragraphs().get(paragraph);
        List<String> lines = a.text().lines().toList();
        int seen = -1;
        for (int line = 0; line < lines.size(); line++) {
            if (lines.get(line).isBlank()) continue;
            if (++seen == paragraph) {
                int lead = lines.get(line).indexOf(para.isEmpty() ? "" : para.substring(0, 1));
                return new Pos("seeds/" + a.file(), line + 1, Math.max(lead, 0) + offset + 1);
            }
        }
        return Pos.file("seeds/" + a.file());
    }
}
