package dev.explainer.check;

import dev.explainer.build.BuildResult;
import dev.explainer.build.Builder;
import dev.explainer.model.Diagnostic;
import dev.explainer.model.Mention;
import dev.explainer.testing.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameCheckTest {
    @Test
    void everySpellingInTheSourcesResolvesToOnePerson() {
        BuildResult r = new Builder().check(Projects.MAIN);
        assertTrue(r.ok());
        Set<String> kalesnikava = spellings(r, "maria-kalesnikava");
        assertTrue(kalesnikava.containsAll(Set.of("Maria Kalesnikava", "Maria Kolesnikova", "Kolesnikova")), kalesnikava.toString());
        Set<String> babaryka = spellings(r, "viktar-babaryka");
        assertTrue(babaryka.containsAll(Set.of("Viktar Babaryka", "Viktor Babaryko")), babaryka.toString());
    }

    @Test
    void aCapitalisedNameNoOneRegisteredIsAWarningNamingTheSeedLine(@TempDir Path dir) {
        Path project = Projects.copy(Projects.HARBOUR, dir);
        Projects.edit(project.resolve("content/people.yaml"), "variants: [Orla Brenick, Brenick]", "variants: []");
        List<String> warnings = new Builder().check(project).diagnostics().stream()
                .filter(d -> !d.isError()).map(Diagnostic::line).toList();
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("seeds/001_coastline.txt:")
                && w.contains("unregistered name 'Orla Brenick' in source 'coastline'")), warnings.toString());
    }

    @Test
    void mentionsPreferTheLongestSpellingAndNeverOverlap() {
        var spellings = NameCheck.spellings(List.of(new dev.explainer.model.Person("p", "Maria Kalesnikava",
                List.of("Kolesnikova"), null, null, List.of(), null)));
        List<Mention> ms = NameCheck.mentions("Maria Kalesnikava met Kalesnikava's sister; Kolesnikova said", 1, spellings);
        assertEquals(List.of("Maria Kalesnikava", "Kalesnikava", "Kolesnikova"), ms.stream().map(Mention::spelling).toList());
    }

    /**
     * The definition the index must keep: each spelling, longest first, found as a whole word (no
     * letter or digit on either side) by a regex, never overlapping one found before. Checked on
     * random paragraphs made of the spellings, their prefixes, many people sharing first names,
     * apostrophes, hyphens and letters outside ASCII.
     */
    @Test
    void mentionsAreWhatARegexPerSpellingLongestFirstWouldFind() {
        List<dev.explainer.model.Person> people = new java.util.ArrayList<>();
        String[] first = {"Anna", "Ann", "Pavel", "Łukasz", "O'Neil"};
        String[] last = {"Kokoenko", "Kokoenka", "Vakova", "Bialiatski", "Smith-Jones", "Ng"};
        int id = 0;
        for (String f : first) {
            for (String l : last) {
                people.add(new dev.explainer.model.Person("p" + id++, f + " " + l, List.of(f + " " + l + "a"), null, null, List.of(), null));
            }
        }
        var spellings = NameCheck.spellings(people);
        List<String> words = new java.util.ArrayList<>(List.of("the", "said", "Ann-", "An", "Kok", "2025", "Annas", "’s", "—", ","));
        for (String f : first) words.add(f);
        for (String l : last) words.add(l);
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 3000; n++) {
            StringBuilder para = new StringBuilder();
            int length = 1 + random.nextInt(14);
            for (int w = 0; w < length; w++) {
                para.append(words.get(random.nextInt(words.size())));
                para.append(random.nextInt(6) == 0 ? "" : random.nextInt(8) == 0 ? "'" : " ");
            }
            String text = para.toString();
            assertEquals(byRegex(text, spellings.list), NameCheck.mentions(text, 1, spellings), text);
        }
    }

    private static List<Mention> byRegex(String para, List<NameCheck.Spelling> longestFirst) {
        List<Mention> out = new java.util.ArrayList<>();
        for (NameCheck.Spelling s : longestFirst) {
            var m = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(s.text()) + "(?![\\p{L}\\p{N}])").matcher(para);
            while (m.find()) {
                int start = m.start(), end = m.end();
                if (out.stream().noneMatch(o -> start < o.end() && o.start() < end)) out.add(new Mention(s.person(), s.text(), 1, start, end));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    private static Set<String> spellings(BuildResult r, String person) {
        return r.provenance().mentions().values().stream().flatMap(List::stream)
                .filter(m -> m.person().equals(person)).map(Mention::spelling).collect(Collectors.toSet());
    }
}
