package dev.explainer.content;

import dev.explainer.model.Diagnostic;
import dev.explainer.model.Diagnostics;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Schema failures come back as one line each: the value's position, what was expected, an example. */
class SchemasTest {
    private static final Schemas SCHEMAS = new Schemas();
    private static final String PERSON = """
            - id: tobin-vale
              name: Tobin Vale
              role:
                text: Harbour master.
                cite:
                  - source: gazette
                    quote: Harbour master Tobin Vale
            """;

    @Test
    void aValidEntryHasNoProblems() {
        assertEquals(List.of(), problems("people", PERSON));
    }

    @Test
    void anUnknownKeySuggestsTheClosestKnownOneAndIsNotAlsoReportedAsMissing() {
        assertEquals(List.of("content/people.yaml:3:3: error: unknown key 'rol' (did you mean 'role'?)"),
                problems("people", PERSON.replace("  role:", "  rol:")));
    }

    @Test
    void anUnknownKeyWithNothingCloseListsTheKeysAllowedThere() {
        assertEquals(List.of("content/people.yaml:8:3: error: unknown key 'birthday' (the keys allowed here are: id, name,"
                + " variants, role, outcome, said)"), problems("people", PERSON + "  birthday: 1970-01-01\n"));
    }

    @Test
    void anUnknownKeyInANestedMappingNamesThatMapping() {
        assertEquals(List.of("content/people.yaml:6:9: error: unknown key 'sorce' in 'cite' (did you mean 'source'?)"),
                problems("people", PERSON.replace("- source: gazette", "- sorce: gazette")));
    }

    @Test
    void aMissingKeyGivesAnExample() {
        assertEquals(List.of("content/people.yaml:1:3: error: missing key 'name' (add it, e.g. name: Alex Sample)"),
                problems("people", PERSON.replace("  name: Tobin Vale\n", "")));
    }

    @Test
    void aWrongTypeSaysWhatWasExpectedWithAnExample() {
        assertEquals(List.of("content/numbers.yaml:2:10: error: expected a number, found text in 'value' (for example: value: 300)"),
                problems("numbers", figure("twelve")));
        assertEquals(List.of("content/numbers.yaml:2:10: error: expected a number, found text in 'value' (write the number"
                + " without quotes or commas: value: 1227)"), problems("numbers", figure("\"1,227\"")));
        assertEquals(List.of("content/people.yaml:2:9: error: expected text, found a number in 'name' (put it in quotes:"
                + " name: \"1984\")"), problems("people", PERSON.replace("name: Tobin Vale", "name: 1984")));
        assertEquals(List.of("content/people.yaml:6:7: error: expected a list, found a mapping in 'cite' (for example:"
                + " cite: [{source: example-gazette, quote: opened a new footbridge over the river}])"),
                problems("people", PERSON.replace("      - source: gazette\n        quote", "      source: gazette\n      quote")
                        .replace("        quote", "      quote")));
    }

    @Test
    void aSingleIdWhereAListIsExpectedShowsTheListForm() {
        assertEquals(List.of("content/context.yaml:4:12: error: expected a list, found text in 'facts' (write it as a list,"
                + " in square brackets: facts: [quay-closed])"),
                problems("context", "title: Background\nsections:\n  - heading: The quay\n    facts: quay-closed\n"));
    }

    @Test
    void aKeyWithNoValueIsNamed() {
        assertEquals(List.of("content/people.yaml:2:8: error: 'name' is empty (write the text after 'name:', e.g. name:"
                + " Alex Sample)"), problems("people", PERSON.replace("name: Tobin Vale", "name:")));
        assertEquals(List.of("content/people.yaml:2:9: error: 'name' has no value (write text after 'name:', e.g. name:"
                + " Alex Sample)"), problems("people", PERSON.replace("name: Tobin Vale", "name: null")));
    }

    @Test
    void aDateInTheWrongFormGivesTheAcceptedForm() {
        assertEquals(List.of("content/timeline.yaml:1:9: error: '13/12/2025' in 'date' is not a valid date (write"
                + " YYYY-MM-DD, e.g. 2025-03-01; or YYYY-MM, or a year alone in quotes (\"2020\"), when that is all that is known)"),
                problems("timeline", entry("13/12/2025")));
    }

    @Test
    void aDateThatDoesNotExistSaysHowLongTheMonthIs() {
        assertEquals(List.of("content/timeline.yaml:1:9: error: '2025-02-30' in 'date' is not a real date (February 2025 has 28 days)"),
                problems("timeline", entry("2025-02-30")));
        assertEquals(List.of(), problems("timeline", entry("2024-02-29")), "a leap day");
        assertEquals(List.of(), problems("timeline", entry("2025-12")), "a month");
        assertEquals(List.of(), problems("timeline", entry("\"2020\"")), "a year, quoted");
    }

    @Test
    void aYearWithoutQuotesIsANumberAndTheHintSaysSo() {
        assertEquals(List.of("content/timeline.yaml:1:9: error: expected text, found a number in 'date' (put it in quotes:"
                + " date: \"2020\")"), problems("timeline", entry("2020")));
    }

    @Test
    void aTimestampThatDoesNotExistIsAnError() {
        String site = site("published: 2025-12-14T09:00:00+00:00", "published: 2025-12-32T09:00:00+00:00");
        assertEquals(List.of("content/site.yaml:5:12: error: '2025-12-32T09:00:00+00:00' in 'published' is not a real date"
                + " and time (write the date, the time and the offset from UTC, e.g. 2025-03-01T18:00:00+00:00)"), problems("site", site));
        assertEquals(List.of("content/site.yaml:5:12: error: '2025-02-30T09:00:00+00:00' in 'published' is not a real date"
                + " and time (write the date, the time and the offset from UTC, e.g. 2025-03-01T18:00:00+00:00)"),
                problems("site", site("published: 2025-12-14T09:00:00+00:00", "published: 2025-02-30T09:00:00+00:00")));
    }

    @Test
    void anIdWithSpacesSuggestsTheIdItProbablyMeant() {
        assertEquals(List.of("content/people.yaml:1:7: error: 'Tobin Vale' in 'id' is not a valid id (lower-case letters,"
                + " digits and hyphens only, e.g. tobin-vale)"), problems("people", PERSON.replace("id: tobin-vale", "id: Tobin Vale")));
    }

    @Test
    void aFileOutsideSeedsIsRefusedByItsForm() {
        String sources = "- id: gazette\n  file: ../../etc/passwd\n  outlet: Gazette\n  short_name: Gazette\n"
                + "  headline: Fire\n  date: 2024-03-02\n";
        assertEquals(List.of("content/sources.yaml:2:9: error: '../../etc/passwd' in 'file' is not a valid file name (the"
                + " name of the article's text file in seeds/, with no folder and no '..', e.g. 000_article.txt)"),
                problems("sources", sources));
    }

    @Test
    void aScriptUrlIsNotAWebAddress() {
        String sources = "- id: gazette\n  file: a.txt\n  outlet: Gazette\n  short_name: Gazette\n"
                + "  headline: Fire\n  date: 2024-03-02\n  url: javascript:alert(1)\n";
        assertEquals(List.of("content/sources.yaml:7:8: error: 'javascript:alert(1)' in 'url' is not a valid web address"
                + " (the article's web address, starting with https:// or http://; e.g. https://example.org/story)"),
                problems("sources", sources));
    }

    @Test
    void tooLongAndEmptyValuesSaySo() {
        String sources = "- id: gazette\n  file: a.txt\n  outlet: Gazette\n  short_name: Port Elling Gazette\n"
                + "  headline: \"\"\n  date: 2024-03-02\n";
        assertEquals(List.of("content/sources.yaml:4:15: error: 'Port Elling Gazette' in 'short_name' is 19 characters long"
                        + " (keep it to 14 characters at most)",
                "content/sources.yaml:5:13: error: 'headline' is empty (write the text after 'headline:', e.g. headline:"
                        + " Example Town opens a new footbridge)"), problems("sources", sources));
    }

    @Test
    void anEmptyListWhereOneItemIsNeededSaysSo() {
        assertEquals(List.of("content/timeline.yaml:3:9: error: 'cite' is empty (add at least one, e.g. cite: [{source:"
                + " example-gazette, quote: opened a new footbridge over the river}])"),
                problems("timeline", "- date: 2024-03-02\n  text: A fire.\n  cite: []\n"));
    }

    @Test
    void aFileOfTheWrongShapeSaysWhatShapeItShouldHave() {
        assertEquals(List.of("content/facts.yaml:1:1: error: expected a list, found a mapping (this file is a list: start"
                + " each entry with '- ', as docs/writing-content.md shows)"), problems("facts", "id: a\ntext: b\n"));
    }

    @Test
    void anEmptyEntryInAListIsNamed() {
        assertEquals(List.of("content/timeline.yaml:1:2: error: an empty entry in the list (remove the lone '-', or write"
                + " the entry after it)"), problems("timeline", "-\n"));
    }

    @Test
    void anEmptyIdSaysSoWithAnExampleForItsKey() {
        assertEquals(List.of("content/people.yaml:6:17: error: 'source' is empty (write the id after 'source:', e.g."
                + " source: example-gazette)"), problems("people", PERSON.replace("- source: gazette", "- source: \"\"")));
    }

    @Test
    void anEntryWrittenAsPlainTextSaysHowEntriesLook() {
        assertEquals(List.of("content/people.yaml:1:3: error: expected a mapping of keys to values, found text (write the"
                + " entry as 'key: value' lines, the first after its '- '; see docs/writing-content.md)"),
                problems("people", "- Tobin Vale\n"));
        assertEquals(List.of("content/people.yaml:6:9: error: expected a mapping of keys to values, found text in 'cite'"
                + " (each entry in 'cite' is written like {source: example-gazette, quote: opened a new footbridge over the river})"),
                problems("people", PERSON.replace("- source: gazette\n        quote: Harbour master Tobin Vale", "- gazette")));
    }

    static String figure(String value) {
        return "- id: evacuated\n  value: " + value + "\n  unit: people\n  label: evacuated\n  cite:\n"
                + "    - source: gazette\n      quote: Twelve people\n";
    }

    static String entry(String date) {
        return "- date: " + date + "\n  text: A fire.\n  cite:\n    - source: gazette\n      quote: A fire\n";
    }

    static String site(String from, String to) {
        String site = """
                title: A
                description: B
                language: en
                base_url: https://example.org/
                published: 2025-12-14T09:00:00+00:00
                updated: 2025-12-14T09:00:00+00:00
                publisher: Desk
                caps: {words_per_quote: 40, words_per_source: 500}
                nav: {home: Summary, figures: Key figures, context: Background, compare: Compare, about: About}
                """;
        return site.replace(from, to);
    }

    @Test
    void aLongListCheckedInSlicesReportsTheProblemsOfEveryItem() {
        // Misspelt keys at the first and last items and on either side of a slice's edge.
        int n = SchemaValidator.SIDE_BY_SIDE_FROM + SchemaValidator.SLICE / 2;
        List<Integer> broken = List.of(0, SchemaValidator.SLICE - 1, SchemaValidator.SLICE, n - 1);
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < n; i++) {
            yaml.append("- id: fact-").append(i).append('\n')
                    .append(broken.contains(i) ? "  txet" : "  text").append(": Claim ").append(i).append(".\n")
                    .append("  cite:\n    - source: gazette\n      quote: words\n");
        }
        List<String> expected = broken.stream()
                .map(i -> "content/facts.yaml:" + (5 * i + 2) + ":3: error: unknown key 'txet' (did you mean 'text'?)").toList();
        assertEquals(expected, problems("facts", yaml.toString()));
    }

    static List<String> problems(String kind, String yaml) {
        Diagnostics out = new Diagnostics();
        String file = "content/" + kind + ".yaml";
        YNode tree = new YamlReader().read(file, yaml, out);
        assertNotNull(tree, () -> out.sorted().toString());
        SCHEMAS.validate(kind, tree, out);
        return out.sorted().stream().map(Diagnostic::line).toList();
    }
}
