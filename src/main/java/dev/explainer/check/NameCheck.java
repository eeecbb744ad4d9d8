package dev.explainer.check;

import dev.explainer.model.Article;
import dev.explainer.model.Diagnostic;
import dev.explainer.model.Content;
import dev.explainer.model.Diagnostics;
import dev.explainer.model.Mention;
import dev.explainer.model.Person;
import dev.explainer.model.Pos;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every mention of a registered person in the articles, under any of their spellings (full
 * names, variants, and the last word of each), and warns about capitalised names that match no
 * person and no known name, so a writer can register them.
 */
public final class NameCheck {
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
        Spellings spellings = spellings(c.people());
        Set<String> known = new HashSet<>(c.site().knownNames());
        // Articles are independent, so they are read on every core; results are merged in article order.
        List<Article> articles = List.copyOf(c.articles().values());
        // (A handful is read faster on this thread than by starting others.)
        List<Found> found = (articles.size() > 16 ? articles.parallelStream() : articles.stream())
                .map(a -> scan(a, spellings, known)).toList();
        Map<String, List<Mention>> all = new LinkedHashMap<>();
        Set<String> mentioned = new HashSet<>();
        for (int k = 0; k < articles.size(); k++) {
            Found f = found.get(k);
            f.mentions().forEach(m -> mentioned.add(m.person()));
            f.warnings().forEach(out::add);
            all.put(articles.get(k).sourceId(), f.mentions());
        }
        for (Person p : c.people()) {
            if (!mentioned.contains(p.id())) {
                out.warning(p.pos(), "person '" + p.id() + "' is not named in any source",
                        "add the spelling the articles use to 'variants', or remove the person");
            }
        }
        return all;
    }

    /** What one article yields: its mentions, in text order, and its warnings. */
    private record Found(List<Mention> mentions, List<Diagnostic> warnings) {}

    private static Found scan(Article a, Spellings spellings, Set<String> known) {
        List<Mention> found = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        Set<String> warned = new HashSet<>();
        for (int i = 0; i < a.paragraphs().size(); i++) {
            String para = a.paragraphs().get(i);
            List<Mention> here = mentions(para, i + 1, spellings);
            found.addAll(here);
            if (looksLikeHeading(para)) continue;
            NameRuns m = new NameRuns(para); // two or more capitalised words in a row: a likely proper name
            while (m.find()) {
                String run = trim(m.group());
                if (run.indexOf(' ') < 0 || overlaps(here, m.start(), m.end()) || isKnown(run, known)) continue;
                // "Prisoner Release: ..." is a list item's label, not a name.
                if (m.end() < para.length() && para.charAt(m.end()) == ':') continue;
                if (warned.add(run)) {
                    warnings.add(Diagnostic.warning(position(a, i, m.start()), "unregistered name '" + run + "' in source '" + a.sourceId() + "'",
                            "add it to a person's variants in content/people.yaml, or to known_names in content/site.yaml"));
                }
            }
        }
        return new Found(List.copyOf(found), warnings);
    }

    record Spelling(String text, String person) {}

    /**
     * Every spelling, longest first, in a trie of their characters, so that finding the spellings
     * that start at a place in a paragraph costs as many steps as the longest of them has characters,
     * however many people share a first name. (An index by first word was read in full at every
     * "Anna": at 10,000 sources, 250 spellings each time, a quarter of the build.)
     */
    static final class Spellings {
        final List<Spelling> list;
        private final Node root;
        private final boolean[] asciiStarts = new boolean[128];

        Spellings(List<Spelling> list) {
            this.list = list;
            Builder top = new Builder();
            for (int k = 0; k < list.size(); k++) {
                Builder n = top;
                String text = list.get(k).text();
                for (int i = 0; i < text.length(); i++) n = n.next.computeIfAbsent(text.charAt(i), c -> new Builder());
                n.ends.add(k);
            }
            root = top.freeze();
            for (char c : root.chars()) if (c < 128) asciiStarts[c] = true;
        }

        /** Whether some spelling starts with {@code c}: most words of an article start with none (names are capitalised). */
        boolean mayStartWith(char c) {
            return c < 128 ? asciiStarts[c] : root.next(c) != null;
        }

        /** Adds {@code {k, at}} to {@code hits} for every spelling {@code k} that {@code para} has at {@code at}. */
        void startingAt(String para, int at, List<long[]> hits) {
            Node n = root;
            for (int i = at; n != null; i++) {
                for (int k : n.ends) hits.add(new long[]{k, at});
                if (i == para.length()) break;
                n = n.next(para.charAt(i));
            }
        }

        /** A trie node: the characters that continue some spelling, sorted, and the spellings that end here. */
        private record Node(char[] chars, Node[] next, int[] ends) {
            Node next(char c) {
                int i = java.util.Arrays.binarySearch(chars, c);
                return i < 0 ? null : next[i];
            }
        }

        private static final class Builder {
            final java.util.TreeMap<Character, Builder> next = new java.util.TreeMap<>();
            final List<Integer> ends = new ArrayList<>();

            Node freeze() {
                char[] chars = new char[next.size()];
                Node[] nodes = new Node[next.size()];
                int i = 0;
                for (Map.Entry<Character, Builder> e : next.entrySet()) {
                    chars[i] = e.getKey();
                    nodes[i++] = e.getValue().freeze();
                }
                return new Node(chars, nodes, ends.stream().mapToInt(Integer::intValue).toArray());
            }
        }
    }

    static Spellings spellings(List<Person> people) {
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
        return new Spellings(owner.entrySet().stream()
                .filter(e -> !e.getKey().isEmpty())
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()).thenComparing(Map.Entry::getKey))
                .map(e -> new Spelling(e.getKey(), e.getValue()))
                .toList());
    }

    /**
     * Non-overlapping mentions in one paragraph, in text order. A spelling counts only as a whole
     * word (no letter or digit just before or after it); where spellings overlap, the longest wins.
     */
    static List<Mention> mentions(String para, int paragraph, Spellings spellings) {
        List<long[]> hits = occurrences(para, spellings);
        return hits.isEmpty() ? List.of() : resolve(hits, para, paragraph, spellings);
    }

    /*
     * The scan is split into small methods on purpose: every character of every article passes
     * through occurrences(), and when it and the rarer steps below were one method, the JIT compiled
     * it six times over (a second each, at 10,000 sources) as each rare branch was first taken.
     */

    /**
     * Every whole-word occurrence of every spelling, as {spelling, start}: a spelling can start only
     * where no letter or digit comes just before, and must end where none comes just after.
     */
    private static List<long[]> occurrences(String para, Spellings spellings) {
        List<long[]> hits = new ArrayList<>();
        boolean afterWordChar = false;
        for (int i = 0; i < para.length(); ) {
            char c = para.charAt(i);
            if (!afterWordChar && spellings.mayStartWith(c)) wholeWords(para, i, spellings, hits);
            // Every character of every article passes here: ASCII, nearly all of them, by a table.
            if (c < 128) {
                afterWordChar = ASCII_WORD[c];
                i++;
            } else {
                int cp = para.codePointAt(i);
                afterWordChar = isWordChar(cp);
                i += Character.charCount(cp);
            }
        }
        return hits;
    }

    /** Adds to {@code hits} the spellings that start at {@code at} and end a word there. */
    private static void wholeWords(String para, int at, Spellings spellings, List<long[]> hits) {
        int before = hits.size();
        spellings.startingAt(para, at, hits);
        for (int k = hits.size() - 1; k >= before; k--) {
            int stop = at + spellings.list.get((int) hits.get(k)[0]).text().length();
            if (stop != para.length() && isWordChar(para.codePointAt(stop))) hits.remove(k);
        }
    }

    /** The mentions the occurrences make, as a regex per spelling tried longest first would find them. */
    private static List<Mention> resolve(List<long[]> hits, String para, int paragraph, Spellings spellings) {
        // Longest spelling first, then left to right: the order in which a regex per spelling,
        // tried longest first, would have found them.
        hits.sort(Comparator.<long[]>comparingLong(h -> h[0]).thenComparingLong(h -> h[1]));
        List<Mention> out = new ArrayList<>();
        long spelling = -1;
        int resume = 0;
        for (long[] h : hits) {
            Spelling s = spellings.list.get((int) h[0]);
            int start = (int) h[1];
            if (h[0] != spelling) {
                spelling = h[0];
                resume = 0;
            }
            if (start < resume) continue; // inside the previous match of the same spelling
            int end = start + s.text().length();
            resume = end;
            if (!overlaps(out, start, end)) out.add(new Mention(s.person(), s.text(), paragraph, start, end));
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (int c = 0; c < 128; c++) ASCII_WORD[c] = isWordChar(c);
    }

    /** A letter or a number: what {@code [\p{L}\p{N}]} matches. */
    private static boolean isWordChar(int cp) {
        if (cp < 128) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        if (Character.isLetter(cp)) return true;
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
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

    /**
     * Whether the run is, contains or is part of a known name, ignoring case (so a dateline in
     * capitals matches the name written normally).
     */
    private static boolean isKnown(String run, Set<String> known) {
        String r = run.toLowerCase(java.util.Locale.ROOT);
        for (String k : known) {
            String kk = k.toLowerCase(java.util.Locale.ROOT);
            if (kk.contains(r) || r.contains(kk)) return true;
        }
        return false;
    }

    /** Headings are title case: most words capitalised and no closing full stop. */
    private static boolean looksLikeHeading(String para) {
        if (para.endsWith(".")) return false;
        String[] words = para.split("\\s+");
        if (words.length > 14) return false;
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
