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

    private static Set<String> spellings(BuildResult r, String person) {
        return r.provenance().mentions().values().stream().flatMap(List::stream)
                .filter(m -> m.person().equals(person)).map(Mention::spelling).collect(Collectors.toSet());
    }
}
