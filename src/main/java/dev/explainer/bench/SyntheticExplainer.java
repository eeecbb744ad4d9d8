package dev.explainer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Writes a synthetic explainer of any size in the generator's own content format, for the benchmark:
 * {@code n} articles of about 900 words each, about 20 cited facts per article (each fact cited by one
 * to four articles, one fact in eight contradicted by another article), people named under two
 * spellings, numbers with charts and a timeline. Every quote is copied from the article it cites
 * (some across a curly apostrophe or a double space, so normalisation is exercised), so the whole
 * corpus checks with no errors and no warnings, and quote verification, name recognition and source
 * comparison all run at full scale. The same {@code n} always gives the same bytes.
 */
public final class SyntheticExplainer {
    /** Changes whenever the generator's output changes, so cached corpora are regenerated. */
    public static final String VERSION = "1";
    /** Facts each source is the first to report; each source also corroborates 12 of its neighbours'. */
    static final int OWN_FACTS = 8;

    /** What was written. */
    public record Stats(int sources, int facts, int citations, int contradictions, int people, int figures,
                        int timeline, long words, long bytes) {}

    private static final String[] UNITS = {"tonnes", "crates", "containers", "pallets", "barrels", "sacks", "cartons", "loads"};
    private static final String[] GOODS = {"grain", "timber", "fertiliser", "steel", "cotton", "salt", "copper", "glass",
            "paper", "wool", "coal", "cement"};
    private static final String[] VERBS = {"moved", "shipped", "stored", "inspected", "weighed", "counted", "logged", "cleared"};
    private static final String[] ADJS = {"northern", "southern", "eastern", "western", "central", "upper", "lower", "outer",
            "inner", "old"};
    private static final String[] PLACES = {"depot", "terminal", "warehouse", "yard", "quay", "station", "dock", "silo",
            "market", "border post"};
    private static final String[] LEADS = {"According to the port office, ", "Officials said that ",
            "A ledger seen by reporters shows that ", "Inspectors confirmed that ", "Records released this week show that ",
            "The transport board said "};
    private static final String[] TAILS = {" over the past week", " before the inspector’s final count",
            " in the first days of the month", " despite the delays at the gates", " according to the weekly ledger"};
    private static final String[] FIRST = {"Anna", "Pavel", "Olga", "Ivan", "Marta", "Lukas", "Irena", "Tomas", "Vera", "Oleg",
            "Daria", "Milan", "Nadia", "Artur", "Zofia", "Roman", "Elena", "Karol", "Ilona", "Jonas"};
    private static final String[] SYLLABLES = {"ko", "va", "le", "mi", "ra", "do", "be", "tu", "sa", "ni", "lo", "ze", "ga",
            "pe", "ru", "ho"};
    /** Pairs of endings: how this explainer spells a surname, and how some articles spell it. */
    private static final String[][] ENDINGS = {{"enka", "enko"}, {"ava", "ova"}, {"ich", "itch"}, {"ski", "sky"}, {"yeu", "yev"}};
    private static final String[] ROLE_ADJS = {"senior", "deputy", "regional", "chief", "acting", "junior"};
    private static final String[] ROLES = {"inspector", "director", "spokesperson", "analyst", "official", "negotiator",
            "economist", "lawyer"};
    private static final String[] ORGS = {"harbour authority", "trade ministry", "customs office", "shipping union",
            "grain board", "port council", "rail agency", "border service"};
    private static final String[] STARTERS = {"Officials", "Residents", "Analysts", "Traders", "Observers", "Workers",
            "Drivers", "Managers", "Some", "Many"};
    private static final String[] FILLER = ("about above across after again against along already also always among "
            + "another around away back because been before behind below between both busy careful certain changes "
            + "cheaper clear close common costs could daily delays different during early easier enough every "
            + "evening expected extra fewer final first following forward freight further general given greater "
            + "heavier higher hours however large larger later least less likely local longer lower main many "
            + "market might month months more morning most much nearly never night normal often only orders other "
            + "others over plans prices quickly quieter rather recent regular routes several shifts short should "
            + "since slowly small smaller soon still storage such supplies than that their them then there these "
            + "they this those through today together tomorrow towards trade traffic trucks under until usual "
            + "very wagons week weekly weeks were when where which while with within without workers would year").split(" ");

    private final int n;
    private final int people;
    private final int figureGroups;
    private final int timeline;

    SyntheticExplainer(int n) {
        if (n < 1) throw new IllegalArgumentException("a synthetic explainer needs at least one source, not " + n);
        this.n = n;
        this.people = Math.max(3, n / 4);
        this.figureGroups = Math.max(1, n / 100);
        this.timeline = Math.max(3, n / 50);
    }

    /**
     * Writes an explainer with {@code n} sources into {@code dir} ({@code content/} and {@code seeds/}),
     * replacing what was there.
     */
    public static Stats write(Path dir, int n) throws IOException {
        return new SyntheticExplainer(n).writeTo(dir);
    }

    private Stats writeTo(Path dir) throws IOException {
        Path content = dir.resolve("content");
        Path seeds = dir.resolve("seeds");
        Files.createDirectories(content);
        Files.createDirectories(seeds);
        try (var old = Files.list(seeds)) {
            for (Path p : old.toList()) Files.delete(p);
        }
        long[] words = new long[n];
        long[] bytes = new long[n];
        try {
            IntStream.range(0, n).parallel().forEach(i -> {
                String text = article(i);
                byte[] b = text.getBytes(StandardCharsets.UTF_8);
                words[i] = text.split("\\s+").length;
                bytes[i] = b.length;
                try {
                    Files.write(seeds.resolve(file(i)), b);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        long total = 0;
        for (long b : bytes) total += b;
        total += write(content.resolve("site.yaml"), site());
        total += write(content.resolve("sources.yaml"), sources());
        int[] counts = new int[2];
        total += write(content.resolve("facts.yaml"), facts(counts));
        total += write(content.resolve("people.yaml"), peopleYaml());
        total += write(content.resolve("numbers.yaml"), numbers());
        total += write(content.resolve("timeline.yaml"), timelineYaml());
        total += write(content.resolve("event.yaml"), event());
        total += write(content.resolve("context.yaml"), context());
        total += write(content.resolve("about.md"), "# How this was made\n\nthis explainer was generated to measure the "
                + "generator: every article, fact and quotation in it is synthetic, and each quotation is copied from "
                + "the article it cites.\n");
        long allWords = 0;
        for (long w : words) allWords += w;
        return new Stats(n, n * OWN_FACTS, counts[0], counts[1], people, figureGroups * 3, timeline, allWords, total);
    }

    private static long write(Path p, String text) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        Files.write(p, b);
        return b.length;
    }

    // --- the shape of the corpus ---------------------------------------------------------------

    static String sourceId(int i) {
        return "source-" + (i + 1);
    }

    static String outlet(int i) {
        return "Outlet " + (i + 1);
    }

    static LocalDate date(int i) {
        return LocalDate.of(2025, 5, 1).plusDays(i % 31);
    }

    static String file(int i) {
        return String.format(Locale.ROOT, "%06d.txt", i + 1);
    }

    private int mod(int i) {
        return ((i % n) + n) % n;
    }

    /** The sources that cite fact {@code f} (its owner first), each at most once. */
    private List<Integer> citers(int f) {
        int owner = f / OWN_FACTS;
        int j = f % OWN_FACTS;
        List<Integer> out = new ArrayList<>(List.of(owner));
        // Source o+d corroborates owned facts j in [2(d-1), 2(d-1)+3]: 20 facts cited per source.
        for (int d = 1; d <= 3; d++) {
            if (j >= 2 * (d - 1) && j <= 2 * (d - 1) + 3 && !out.contains(mod(owner + d))) out.add(mod(owner + d));
        }
        return out;
    }

    /** The source that contradicts fact {@code f}, or -1: one fact in eight, when another source is free to. */
    private int contradicter(int f) {
        if (f % OWN_FACTS != 1) return -1;
        int c = mod(f / OWN_FACTS + 4);
        return citers(f).contains(c) ? -1 : c;
    }

    private static long number(int f) {
        return f % OWN_FACTS == 0 ? 500_000L + f : 1_000L + f;
    }

    private static String fmt(long v) {
        return String.format(Locale.ENGLISH, "%,d", v);
    }

    private static String unit(int f) {
        return UNITS[f % UNITS.length];
    }

    private static String label(int f) {
        return "of " + GOODS[(f / 3) % GOODS.length] + " " + VERBS[(f / 5) % VERBS.length] + " through the "
                + ADJS[(f / 7) % ADJS.length] + " " + PLACES[(f / 2) % PLACES.length];
    }

    /** The words of fact {@code f} as articles print them, with the number given. */
    private static String phrase(int f, long value) {
        return fmt(value) + " " + unit(f) + " " + label(f).replaceFirst(" (\\w+) through", " were $1 through");
    }

    private static String factId(int f) {
        return "fact-" + (f + 1);
    }

    private static String personId(int p) {
        return "person-" + (p + 1);
    }

    private String stem(int p) {
        int digits = 1;
        for (int cap = SYLLABLES.length; cap < people; cap *= SYLLABLES.length) digits++;
        StringBuilder s = new StringBuilder();
        int v = p;
        for (int d = 0; d < Math.max(2, digits); d++) {
            s.append(SYLLABLES[v % SYLLABLES.length]);
            v /= SYLLABLES.length;
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private String last(int p) {
        return stem(p) + ENDINGS[p % ENDINGS.length][0];
    }

    private String variantLast(int p) {
        return stem(p) + ENDINGS[p % ENDINGS.length][1];
    }

    private static String first(int p) {
        return FIRST[p % FIRST.length];
    }

    private String name(int p) {
        return first(p) + " " + last(p);
    }

    private String variant(int p) {
        return first(p) + " " + variantLast(p);
    }

    /** The source whose article introduces person {@code p}; the next seven name them too. */
    private int home(int p) {
        return (int) ((long) p * n / people);
    }

    /** The first person whose home is source {@code h} or later: people are spread evenly over the sources. */
    private int firstPerson(int h) {
        return (int) (((long) h * people + n - 1) / n);
    }

    private static String role(int p) {
        return "a " + ROLE_ADJS[p % ROLE_ADJS.length] + " " + ROLES[(p / 2) % ROLES.length] + " at the " + org(p);
    }

    private static String org(int p) {
        return ORGS[(p / 3) % ORGS.length];
    }

    private static String saying(int p) {
        return "we will publish every " + FILLER[p % FILLER.length] + " ledger before the " + FILLER[(p * 7 + 3) % FILLER.length]
                + " review";
    }

    private int mentionsPerPerson() {
        return Math.min(8, n);
    }

    // --- articles --------------------------------------------------------------------------------

    String headline(int i) {
        return "New figures from the " + ADJS[i % ADJS.length] + " " + PLACES[(i / 3) % PLACES.length]
                + " and what they mean, report " + (i + 1);
    }

    /** Where source {@code i} quotes fact {@code f}: the sentence it prints, and the words we quote from it. */
    private record Quote(String sentence, String quote) {}

    private Quote factQuote(int f, int i) {
        String phrase = phrase(f, number(f));
        int style = (f + i) % 15;
        String lead = LEADS[(f + 2 * i) % LEADS.length];
        String tail = TAILS[(f + i) % TAILS.length];
        if (style % 5 == 0) {
            // The article writes a curly apostrophe; the quote a straight one.
            return new Quote(lead + phrase + TAILS[1] + ".", phrase + TAILS[1].replace('’', '\''));
        }
        if (style % 3 == 0) {
            // Two spaces in the article, one in the quote.
            return new Quote(lead + phrase.replace(" were ", " were  ") + tail + ".", phrase);
        }
        return new Quote(lead + phrase + tail + ".", phrase);
    }

    private Quote contradiction(int f) {
        String phrase = phrase(f, number(f) * 2);
        return new Quote("Separately, officials said " + phrase + ".", phrase);
    }

    private Quote roleQuote(int p) {
        String words = name(p) + ", " + role(p);
        return new Quote(words + ", said the figures were " + FILLER[p % FILLER.length] + " than " + FILLER[(p + 5) % FILLER.length]
                + " expected.", words);
    }

    private Quote saidQuote(int p) {
        return new Quote(variant(p) + " told reporters: “" + saying(p) + ".”", saying(p));
    }

    private Quote outcomeQuote(int p) {
        String words = last(p) + " left the " + org(p) + " on the same day";
        return new Quote(words + ".", words);
    }

    /** The facts source {@code i} supports: the eight it reports first, then those it corroborates. */
    List<Integer> factsCitedBy(int i) {
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < OWN_FACTS; j++) out.add(i * OWN_FACTS + j);
        for (int d = 1; d <= 3; d++) {
            int o = mod(i - d);
            if (o == i) continue;
            for (int j = 2 * (d - 1); j <= 2 * (d - 1) + 3; j++) {
                int f = o * OWN_FACTS + j;
                if (citers(f).contains(i) && !out.contains(f)) out.add(f);
            }
        }
        return out;
    }

    /** The fact source {@code i} contradicts, or -1. */
    int contradictedBy(int i) {
        int f = mod(i - 4) * OWN_FACTS + 1;
        return contradicter(f) == i ? f : -1;
    }

    /** Our sentence for fact {@code f}. */
    static String factText(int f) {
        return "The records show " + phrase(f, number(f)) + ".";
    }

    /** The words source {@code i} is quoted for on fact {@code f} (which it supports). */
    String quoteFor(int f, int i) {
        return factQuote(f, i).quote();
    }

    /** The words source {@code i} is quoted for on the fact it contradicts. */
    String contradictionQuote(int f) {
        return contradiction(f).quote();
    }

    int size() {
        return n;
    }

    /** The article of source {@code i}: a headline line, then paragraphs of three to four sentences. */
    String article(int i) {
        Random r = new Random(i * 7919L + n);
        List<String> sentences = new ArrayList<>();
        for (int f : factsCitedBy(i)) sentences.add(factQuote(f, i).sentence());
        int cf = contradictedBy(i);
        if (cf >= 0) sentences.add(contradiction(cf).sentence());
        for (int k = 0; k < mentionsPerPerson(); k++) {
            int h = mod(i - k);
            for (int p = firstPerson(h); p < firstPerson(h + 1); p++) {
                switch (k) {
                    case 0 -> sentences.add(roleQuote(p).sentence());
                    case 1 -> sentences.add(saidQuote(p).sentence());
                    case 2 -> sentences.add(p % 3 == 0 ? outcomeQuote(p).sentence() : mention(p, k, r));
                    default -> sentences.add(mention(p, k, r));
                }
            }
        }
        int words = 0;
        for (String s : sentences) words += s.split(" ").length;
        while (words < 880) {
            String s = filler(r);
            sentences.add(s);
            words += s.split(" ").length;
        }
        Collections.shuffle(sentences, r);
        StringBuilder out = new StringBuilder(8 * 1024);
        out.append(headline(i)).append("\n\n");
        for (int at = 0; at < sentences.size(); ) {
            int take = 3 + r.nextInt(2);
            out.append(String.join(" ", sentences.subList(at, Math.min(at + take, sentences.size())))).append("\n\n");
            at += take;
        }
        return out.toString();
    }

    private String mention(int p, int k, Random r) {
        String who = switch (k % 3) {
            case 0 -> last(p);
            case 1 -> variant(p);
            default -> variantLast(p);
        };
        return "The " + org(p) + " said " + who + " would review the " + FILLER[r.nextInt(FILLER.length)] + " "
                + FILLER[r.nextInt(FILLER.length)] + " figures.";
    }

    private static String filler(Random r) {
        StringBuilder s = new StringBuilder(STARTERS[r.nextInt(STARTERS.length)]);
        int len = 9 + r.nextInt(7);
        for (int k = 0; k < len; k++) s.append(' ').append(FILLER[r.nextInt(FILLER.length)]);
        return s.append('.').toString();
    }

    // --- content files ---------------------------------------------------------------------------

    /** A YAML double-quoted scalar. */
    private static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private String site() {
        return """
                # yaml-language-server: $schema=schema/site.schema.json
                title: %s
                description: A synthetic explainer for measuring the generator, with every quote checked against its article.
                language: en
                base_url: https://example.org/synthetic/
                publisher: The Benchmark Desk
                published: 2025-06-02T09:00:00+00:00
                updated: 2025-06-03T18:00:00+00:00
                caps:
                  words_per_quote: 40
                  words_per_source: 1000
                nav:
                  home: Summary
                  figures: Key figures
                  context: Background
                  compare: Compare sources
                  about: About
                known_names: []
                corrections:
                  - date: 2025-06-03
                    text: We corrected the count at the northern depot.
                """.formatted(q("Synthetic explainer: " + fmt(n) + " sources"));
    }

    private String sources() {
        StringBuilder y = new StringBuilder(n * 300);
        y.append("# yaml-language-server: $schema=schema/sources.schema.json\n");
        for (int i = 0; i < n; i++) {
            y.append("- id: ").append(sourceId(i)).append('\n')
                    .append("  file: ").append(file(i)).append('\n')
                    .append("  outlet: ").append(q(outlet(i))).append('\n')
                    .append("  short_name: ").append(q("S" + (i + 1))).append('\n')
                    .append("  headline: ").append(q(headline(i))).append('\n')
                    .append("  date: ").append(date(i)).append('\n')
                    .append("  url: https://example.org/news/").append(i + 1).append('\n');
            if (i % 10 == 0) y.append("  note: ").append(q("A careful report with its own counts.")).append('\n');
        }
        return y.toString();
    }

    private String facts(int[] counts) {
        StringBuilder y = new StringBuilder(n * OWN_FACTS * 400);
        y.append("# yaml-language-server: $schema=schema/facts.schema.json\n");
        for (int f = 0; f < n * OWN_FACTS; f++) {
            y.append("- id: ").append(factId(f)).append('\n')
                    .append("  text: ").append(q(factText(f))).append('\n')
                    .append("  cite:\n");
            for (int s : citers(f)) {
                y.append("    - source: ").append(sourceId(s)).append('\n')
                        .append("      quote: ").append(q(factQuote(f, s).quote())).append('\n');
                counts[0]++;
            }
            int c = contradicter(f);
            if (c >= 0) {
                y.append("  contradicted_by:\n")
                        .append("    - source: ").append(sourceId(c)).append('\n')
                        .append("      quote: ").append(q(contradiction(f).quote())).append('\n')
                        .append("      verdict: ").append(q("This source doubles the figure; the others give " + fmt(number(f)) + "."))
                        .append('\n');
                counts[1]++;
            }
        }
        return y.toString();
    }

    private String peopleYaml() {
        StringBuilder y = new StringBuilder(people * 500);
        y.append("# yaml-language-server: $schema=schema/people.schema.json\n");
        for (int p = 0; p < people; p++) {
            int h = home(p);
            y.append("- id: ").append(personId(p)).append('\n')
                    .append("  name: ").append(q(name(p))).append('\n')
                    .append("  variants: [").append(q(variant(p))).append("]\n")
                    .append("  role:\n")
                    .append("    text: ").append(q(name(p) + " is " + role(p) + ".")).append('\n')
                    .append("    cite:\n")
                    .append("      - source: ").append(sourceId(h)).append('\n')
                    .append("        quote: ").append(q(roleQuote(p).quote())).append('\n');
            if (p % 3 == 0 && mentionsPerPerson() > 2) {
                y.append("  outcome:\n")
                        .append("    text: ").append(q("Left the " + org(p) + " on the same day.")).append('\n')
                        .append("    cite:\n")
                        .append("      - source: ").append(sourceId(mod(h + 2))).append('\n')
                        .append("        quote: ").append(q(outcomeQuote(p).quote())).append('\n');
            }
            if (mentionsPerPerson() > 1) {
                y.append("  said:\n")
                        .append("    - source: ").append(sourceId(mod(h + 1))).append('\n')
                        .append("      quote: ").append(q(saidQuote(p).quote())).append('\n');
            }
        }
        return y.toString();
    }

    private String numbers() {
        StringBuilder y = new StringBuilder(figureGroups * 1200);
        y.append("# yaml-language-server: $schema=schema/numbers.schema.json\n");
        for (int g = 0; g < figureGroups && g < n; g++) {
            for (int k = 0; k < 3; k++) {
                int f = g * OWN_FACTS + k;
                y.append("- id: number-").append(f + 1).append('\n')
                        .append("  value: ").append(number(f)).append('\n')
                        .append("  unit: ").append(unit(f)).append('\n')
                        .append("  label: ").append(q(label(f))).append('\n')
                        .append("  as_of: 2025-06-01\n");
                if (k > 0) y.append("  part_of: number-").append(g * OWN_FACTS + 1).append('\n');
                y.append("  cite:\n")
                        .append("    - source: ").append(sourceId(g)).append('\n')
                        .append("      quote: ").append(q(factQuote(f, g).quote())).append('\n');
            }
        }
        return y.toString();
    }

    private String timelineYaml() {
        StringBuilder y = new StringBuilder(timeline * 300);
        y.append("# yaml-language-server: $schema=schema/timeline.schema.json\n");
        LocalDate start = LocalDate.of(2025, 1, 1);
        for (int t = 0; t < timeline; t++) {
            int f = mod(t) * OWN_FACTS + 3;
            int owner = f / OWN_FACTS;
            y.append("- date: ").append(start.plusDays(t % 365)).append('\n')
                    .append("  text: ").append(q("The ledger records " + phrase(f, number(f)) + ".")).append('\n')
                    .append("  cite:\n")
                    .append("    - source: ").append(sourceId(owner)).append('\n')
                    .append("      quote: ").append(q(factQuote(f, owner).quote())).append('\n');
        }
        return y.toString();
    }

    private String event() {
        return """
                # yaml-language-server: $schema=schema/event.schema.json
                headline: Goods move through the depots, as counted by the sources
                date: 2025-06-01
                place: the northern depot
                summary: [%1$s, %2$s]
                key_facts:
                  - label: Moved
                    value: %3$s
                    fact: %1$s
                  - label: Shipped
                    value: %4$s
                    fact: %2$s
                known: [%1$s, %2$s, %5$s]
                unknown: [%6$s]
                """.formatted(factId(0), factId(1), q(fmt(number(0)) + " " + unit(0)), q(fmt(number(1)) + " " + unit(1)),
                factId(2 % (n * OWN_FACTS)), factId(3 % (n * OWN_FACTS)));
    }

    private String context() {
        StringBuilder y = new StringBuilder();
        y.append("# yaml-language-server: $schema=schema/context.schema.json\n")
                .append("title: Background\n")
                .append("intro: how the goods move through the depots, in brief.\n")
                .append("sections:\n");
        String[] headings = {"Shipments", "Storage", "Inspections"};
        int total = n * OWN_FACTS;
        for (int s = 0; s < headings.length; s++) {
            y.append("  - heading: ").append(headings[s]).append('\n')
                    .append("    prose: the ledgers record each load as it passes.\n")
                    .append("    facts: [");
            for (int k = 0; k < 5; k++) y.append(k == 0 ? "" : ", ").append(factId((s * 5 + k + 4) % total));
            y.append("]\n");
        }
        return y.toString();
    }
}
