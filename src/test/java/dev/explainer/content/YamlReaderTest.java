package dev.explainer.content;

import dev.explainer.model.Diagnostic;
import dev.explainer.model.Diagnostics;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Each YAML mistake a writer makes comes back in plain words, pointing at the line and column to fix. */
class YamlReaderTest {
    private final YamlReader reader = new YamlReader();

    @Test
    void anUnclosedQuoteIsShownWhereItOpens() {
        assertEquals(List.of(
                "f.yaml:2:7: error: a quotation mark (\") is not closed (end the text with a closing \" on the same line, or remove the opening one)",
                "    2 | name: \"Tobin Vale",
                "      |       ^"), problems("id: tobin-vale\nname: \"Tobin Vale\nrole: Harbour master\n"));
    }

    @Test
    void anUnclosedSingleQuoteToo() {
        assertEquals("f.yaml:1:7: error: a quotation mark (') is not closed (end the text with a closing ' on the same line,"
                + " or remove the opening one)", first("text: 'It was late\n"));
    }

    @Test
    void aKeyIndentedLessThanItsNeighboursIsShownOnItsLine() {
        assertEquals(List.of(
                "f.yaml:4:5: error: this line is not lined up with the lines above it (keys of one mapping start in the same"
                        + " column, and the keys of a list entry two spaces after its '-')",
                "    4 |     quote: We had 45",
                "      |     ^"), problems("- id: a\n  cite:\n    - source: coastline\n    quote: We had 45\n"));
    }

    @Test
    void aKeyIndentedMoreThanItsNeighboursIsShownAtItsColon() {
        assertEquals(List.of(
                "f.yaml:3:8: error: this line is indented further than the key above it (YAML reads it as more of the value"
                        + " above; line up 'text:' with the key above it)",
                "    3 |    text: y",
                "      |        ^"), problems("- id: x\n  name: y\n   text: y\n"));
    }

    @Test
    void aSecondColonOnOneLineIsShownAtThatColonWithTheQuotedFix() {
        assertEquals(List.of(
                "f.yaml:2:19: error: a second ': ' on one line (text containing ': ' must be in quotes: headline: \"Breaking: fire at the quay\")",
                "    2 | headline: Breaking: fire at the quay",
                "      |                   ^"), problems("date: 2024-03-02\nheadline: Breaking: fire at the quay\n"));
        assertEquals("f.yaml:1:16: error: a second ': ' on one line (text containing ': ' must be in quotes:"
                + " text: 'He said: \"no\"')", first("- text: He said: \"no\"\n"));
    }

    @Test
    void aTabUsedForIndentationIsShownAtTheTabWithHowManyMoreThereAre() {
        assertEquals(List.of(
                "f.yaml:2:3: error: a tab is used for indentation, here and on 1 more line (YAML indents with spaces only;"
                        + " replace each tab at the start of a line with spaces, which most editors can do for you)",
                "    2 |    text: x",
                "      |   ^"), problems("- id: a\n  \ttext: x\n\tcite: []\n"));
        assertEquals("f.yaml:4:2: error: a tab is used for indentation (YAML indents with spaces only;"
                + " replace each tab at the start of a line with spaces, which most editors can do for you)",
                first("- id: a\r\n  b: \"x\ty\"\r\n\r\n \tc: y\r\n"), "Windows line ends; a tab inside a value is not indentation");
        assertEquals("f.yaml:2:1: error: a tab is used for indentation (YAML indents with spaces only;"
                + " replace each tab at the start of a line with spaces, which most editors can do for you)",
                first("a: 1\r\tb: 2\r"), "old Mac line ends");
    }

    @Test
    void aDuplicateKeyIsAnErrorNamingBothLines() {
        assertEquals(List.of("f.yaml:3:3: error: duplicate key 'name': it is already set at line 2"
                + " (keep one of the two; YAML would silently use only the last)"), problems("- id: a\n  name: A\n  name: B\n"));
    }

    @Test
    void textAfterAClosingQuoteIsExplained() {
        assertEquals("f.yaml:1:17: error: text continues after a closing quotation mark (a quoted value ends at its closing"
                + " quote; to show \" inside, put the whole value in single quotes, and write an apostrophe inside single"
                + " quotes as '')", first("text: \"He said \"hi\" today\"\n"));
    }

    @Test
    void anUnclosedListIsShownWhereItOpens() {
        assertEquals("f.yaml:1:8: error: a list opened with '[' is not closed (close it with ']', or, if the text starts"
                + " with '[', put the whole value in quotes)", first("facts: [a, b\nknown: [c]\n"));
    }

    @Test
    void aLineWithoutAKeyAmongKeysIsShown() {
        assertEquals("f.yaml:2:1: error: this line has no 'key:' but sits among keys (write it as 'key: value'; if it"
                + " continues the text above, indent it further than that text's key)", first("title: A\nsubtitle\ndate: 2024\n"));
    }

    @Test
    void aListItemAmongKeysIsShown() {
        assertEquals("f.yaml:2:1: error: a list item ('- ') where a key was expected (check this line's indentation: a list"
                + " item sits under a key ending in ':', indented further than that key)", first("title: A\n- b\n"));
    }

    @Test
    void aValueStartingWithAReservedCharacterIsShown() {
        assertEquals("f.yaml:1:9: error: a value cannot start with '@' (put the whole value in quotes)", first("byline: @reporter\n"));
    }

    @Test
    void aliasesAreRefusedSoBombsAndMarkdownEmphasisCannotSlipThrough() {
        assertEquals("f.yaml:1:8: error: '*Update' is a YAML alias, which content files do not use (write the value out in"
                + " full; if '*' is part of the text, put the whole value in quotes)", first("prose: *Update:* the quay is closed\n"));
        String bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
                + "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n".repeat(1)
                + "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n";
        assertEquals("f.yaml:1:4: error: '&a' is a YAML anchor, which content files do not use (write the value out in"
                + " full; if '&' is part of the text, put the whole value in quotes)", first(bomb));
    }

    @Test
    void aSecondDocumentIsRefused() {
        assertEquals("f.yaml:3:1: error: a second YAML document in one file (a content file holds one document; remove the"
                + " '---' line above this one and what follows, or merge them)", first("a: 1\n---\nb: 2\n"));
    }

    @Test
    void anEmptyFileOrOneOfCommentsOnlyIsAnError() {
        String empty = "f.yaml:1:1: error: the file is empty (write what this file holds, as docs/writing-content.md shows;"
                + " a list with no entries yet is written [])";
        assertEquals(empty, first(""));
        assertEquals(empty, first("# yaml-language-server: $schema=schema/facts.schema.json\n\n"));
        assertNotNull(read("[]\n"), "an empty list is written []");
    }

    @Test
    void aDocumentOfNothingIsEmptyToo() {
        for (String nothing : List.of("---\n", "~\n", "null\n", "--- # nothing\n")) {
            assertEquals("f.yaml:1:1: error: the file is empty (write what this file holds, as docs/writing-content.md"
                    + " shows; a list with no entries yet is written [])", first(nothing), nothing);
        }
    }

    @Test
    void aByteOrderMarkInsideTheFileIsShown() {
        assertEquals("f.yaml:2:1: error: an invisible character (a byte-order mark) inside the file (delete it: put the"
                + " cursor at the start of the line and delete until the first visible character, then retype that)",
                first("- id: a\n\uFEFF- id: b\n"));
    }

    @Test
    void aKeyThatIsNotTextIsExplained() {
        assertEquals("f.yaml:1:4: error: a key that is not plain text (write each key as a word followed by ':', e.g."
                + " title: ...)", first("? [a, b]\n: c\n"));
    }

    @Test
    void yamlsOtherSpellingsOfTrueKeepTheirMeaning() {
        YNode.YMap m = assertInstanceOf(YNode.YMap.class, read("a: yes\nb: false\n"));
        assertEquals("true", ((YNode.YScalar) m.get("a")).text());
        assertEquals("false", ((YNode.YScalar) m.get("b")).text());
    }

    @Test
    void nestingBeyondAnyContentsNeedIsRefused() {
        String deep = "a: " + "[".repeat(200) + "]".repeat(200) + "\n";
        Diagnostics out = new Diagnostics();
        assertNull(reader.read("f.yaml", deep, out));
        assertEquals(1, out.errorCount());
    }

    @Test
    void crlfLineEndingsGiveTheSamePositionsAsLf() {
        String lf = "- id: a\n  name: A\n  name: B\n";
        assertEquals(problems(lf), problems(lf.replace("\n", "\r\n")));
    }

    @Test
    void valuesKeepTheirPositionsAndTypes() {
        YNode.YList root = assertInstanceOf(YNode.YList.class, read("- date: \"2021\"\n  value: 12\n  ok: true\n"));
        YNode.YMap entry = assertInstanceOf(YNode.YMap.class, root.items().get(0));
        YNode.YScalar date = assertInstanceOf(YNode.YScalar.class, entry.get("date"));
        assertEquals(YNode.YScalar.Type.STRING, date.type());
        assertEquals("f.yaml:1:9", date.pos().toString());
        assertEquals(YNode.YScalar.Type.INTEGER, ((YNode.YScalar) entry.get("value")).type());
        assertEquals(YNode.YScalar.Type.BOOLEAN, ((YNode.YScalar) entry.get("ok")).type());
        assertEquals("f.yaml:3:3", entry.entries().get(2).keyPos().toString());
    }

    private YNode read(String text) {
        Diagnostics out = new Diagnostics();
        YNode n = reader.read("f.yaml", text, out);
        assertEquals(List.of(), out.sorted());
        return n;
    }

    /** Every problem, each as printed: the line, then its excerpt lines. */
    private List<String> problems(String text) {
        Diagnostics out = new Diagnostics();
        reader.read("f.yaml", text, out);
        return out.sorted().stream().flatMap(d -> d.format().lines()).toList();
    }

    private String first(String text) {
        Diagnostics out = new Diagnostics();
        reader.read("f.yaml", text, out);
        List<Diagnostic> ds = out.sorted();
        assertEquals(1, ds.size(), ds::toString);
        return ds.get(0).line();
    }

    // --- large files, read in parts -----------------------------------------------------------------

    /** Reads anything of 200 characters or more in parts of about 100, so small texts exercise the parts. */
    private final YamlReader inParts = new YamlReader(200, 100);
    private final YamlReader whole = new YamlReader(Integer.MAX_VALUE, 0);

    private static String facts(int n) {
        StringBuilder b = new StringBuilder("# yaml-language-server: $schema=schema/facts.schema.json\n\n");
        for (int i = 0; i < n; i++) {
            b.append("- id: fact-").append(i).append("\n  text: \"Fact number ").append(i).append(", it's said.\"\n  cite:\n")
                    .append("    - source: gazette\n      quote: |\n        words ").append(i).append("\n- another\n")
                    .append("# a comment between entries\n");
        }
        return b.toString().replace("- another\n", "");
    }

    @Test
    void aLargeListReadInPartsIsTheSameTreeWithTheSamePositions() {
        String text = facts(40);
        Diagnostics a = new Diagnostics(), b = new Diagnostics();
        YNode parts = inParts.read("f.yaml", text, a);
        YNode full = whole.read("f.yaml", text, b);
        assertEquals(List.of(), a.sorted());
        assertEquals(full, parts);
        YNode.YMap last = (YNode.YMap) ((YNode.YList) parts).items().get(39);
        assertEquals(40, ((YNode.YList) parts).items().size());
        assertEquals("f.yaml:" + (3 + 39 * 7) + ":3", last.pos().toString());
        assertEquals(full, inParts.readInParts("f.yaml", text), "the parts, not a fallback to the whole");
    }

    @Test
    void aProblemInALargeListIsReportedAsInASmallOne() {
        // A quotation mark left open runs on into the next entries, across the parts' boundaries.
        String text = facts(40).replace("\"Fact number 17, it's said.\"", "\"Fact number 17, it's said.");
        assertEquals(problemsOf(whole, text), problemsOf(inParts, text));
        assertEquals(false, problemsOf(inParts, text).isEmpty());
        String alias = facts(40).replace("words 30", "*words");
        assertEquals(problemsOf(whole, alias), problemsOf(inParts, alias));
        String duplicate = facts(40).replace("  text: \"Fact number 5,", "  id: again\n  text: \"Fact number 5,");
        assertEquals(problemsOf(whole, duplicate), problemsOf(inParts, duplicate));
        assertEquals(1, problemsOf(inParts, duplicate).size());
    }

    private static List<String> problemsOf(YamlReader r, String text) {
        Diagnostics out = new Diagnostics();
        r.read("f.yaml", text, out);
        return out.sorted().stream().map(Diagnostic::line).toList();
    }
}
