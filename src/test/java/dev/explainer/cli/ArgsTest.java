package dev.explainer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line's parser: the forms an option may take, and what wrong usage prints. */
class ArgsTest {
    private static final Option OUT = Option.value("-o", "--out", "DIR", null, "Where to write.");
    private static final Option QUIET = Option.flag("-q", "--quiet", "Print only errors.");
    private static final Option PORT = Option.value("-p", "--port", "N", "8000", "The port.");
    private static final Option SIZES = Option.list("--sizes", "N", "10,1000", "The sizes.");
    private static final Spec SPEC = new Spec("explainer try", List.of("A command to parse against."),
            List.of(OUT, QUIET, PORT, SIZES), new Spec.Positional("FOLDER", "A folder."));

    private static Args parse(String... args) throws UsageException {
        String[] all = Stream.concat(Stream.of("try"), Stream.of(args)).toArray(String[]::new);
        return Args.parse(SPEC, all, 1);
    }

    private static String wrong(String... args) {
        return assertThrows(UsageException.class, () -> parse(args)).getMessage();
    }

    @Test
    void anOptionsValueMayFollowAnEqualsSignOrComeAsTheNextArgument() throws UsageException {
        for (String[] args : List.of(new String[] {"--out=site"}, new String[] {"--out", "site"}, new String[] {"-o", "site"},
                new String[] {"-osite"}, new String[] {"-o=site"})) {
            assertEquals(Path.of("site"), parse(args).path(OUT), String.join(" ", args));
        }
    }

    @Test
    void shortFlagsRunTogetherAndAnOptionWithAValueTakesTheRest() throws UsageException {
        Args a = parse("-qosite");
        assertTrue(a.flag(QUIET));
        assertEquals("site", a.string(OUT));
    }

    @Test
    void anOptionNotGivenHasItsDefaultAndAFlagIsOff() throws UsageException {
        Args a = parse();
        assertEquals(8000, a.integer(PORT));
        assertEquals(List.of(10, 1000), a.integers(SIZES));
        assertEquals(null, a.string(OUT));
        assertFalse(a.flag(QUIET));
    }

    @Test
    void aListIsSplitAtCommasAndAddsUpWhenRepeated() throws UsageException {
        assertEquals(List.of(5, 6, 7), parse("--sizes", "5,6", "--sizes=7").integers(SIZES));
    }

    @Test
    void aFlagMaySayTrueOrFalse() throws UsageException {
        assertTrue(parse("--quiet=true").flag(QUIET));
        assertFalse(parse("--quiet=false").flag(QUIET));
        assertEquals("Invalid value for option '--quiet': 'yes' is not true or false (or leave the value out)", wrong("--quiet=yes"));
    }

    @Test
    void twoDashesEndTheOptions() throws UsageException {
        assertEquals(List.of("-q"), parse("--", "-q").positionals());
    }

    @Test
    void mistakesAreNamedWithTheArgumentAsTyped() {
        assertEquals("Unknown option: '--strict'", wrong("--strict"));
        assertEquals("Unknown option: '-x' (while processing option: '-qx')", wrong("-qx"));
        assertEquals("Missing required parameter for option '--out' (DIR)", wrong("-o"));
        assertEquals("Expected parameter for option '--out' but found '-q'", wrong("--out", "-q"));
        assertEquals("option '--out' (DIR) should be specified only once", wrong("-o", "a", "-o", "b"));
        assertEquals("Unmatched argument at index 2: 'two'", wrong("one", "two"));
        assertEquals("Missing required parameter: 'FOLDER'", assertThrows(UsageException.class, () -> parse().positional()).getMessage());
        assertEquals("Invalid value for option '--port': 'http' is not a whole number; write it in digits, e.g. --port=8000",
                assertThrows(UsageException.class, () -> parse("-p", "http").integer(PORT)).getMessage());
    }

    // --- through Main, as a user runs it -----------------------------------------------------

    @Test
    void anUnknownOptionIsWrongUsageFollowedByTheCommandsUsage() {
        Cli r = Cli.run("build", "--strict");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().startsWith("Unknown option: '--strict'\nUsage: explainer build [-hqV] [--timings] [--base-url=URL] [-C=DIR] [-o=DIR]\n"),
                r::toString);
        assertEquals("", r.out());
    }

    @Test
    void aMissingValueIsWrongUsage() {
        Cli r = Cli.run("build", "-C", ".", "--out");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().startsWith("Missing required parameter for option '--out' (DIR)\nUsage: explainer build"), r::toString);
    }

    @Test
    @Timeout(30)
    void aPortThatIsNotANumberIsWrongUsageAndServesNothing() {
        Cli r = Cli.run("serve", "-C", ".", "--port=eighty");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().startsWith("Invalid value for option '--port': 'eighty' is not a whole number; write it in digits,"
                + " e.g. --port=8000\nUsage: explainer serve [-hqV] [-C=DIR] [--host=HOST] [-o=DIR] [-p=N]\n"), r::toString);
    }

    @Test
    void anUnknownCommandIsWrongUsageFollowedByTheListOfCommands() {
        Cli r = Cli.run("biuld");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().startsWith("Unknown command: 'biuld'\nUsage: explainer [-hV] [COMMAND]\n"), r::toString);
        assertTrue(r.err().contains("\nCommands:\n  build  Checks the content"), r::toString);
    }

    @Test
    void helpPrintsTheUsageAndExitsZero() {
        Cli r = Cli.run("build", "-h");
        assertEquals(Main.OK, r.code());
        assertEquals("""
                Usage: explainer build [-hqV] [--timings] [--base-url=URL] [-C=DIR] [-o=DIR]
                Checks the content, then builds the site. The previous site is replaced only
                when the build succeeds.
                Prints the first 100 problems, sorted by file and line, and counts the rest;
                'explainer check' prints every one.
                      --base-url=URL   The URL the site is published at, e.g.
                                         https://user.github.io/repo/ (overrides site.yaml).
                  -C, --project=DIR    The explainer's folder (holding content/ and seeds/).
                                         Default: the current folder.
                  -h, --help           Show this help message and exit.
                  -o, --out=DIR        Where to write the site. Default: site/ in the project.
                  -q, --quiet          Print only errors.
                      --timings        Print each phase's time, CPU, compiling and collecting.
                  -V, --version        Print version information and exit.
                """, r.out());
        assertEquals("", r.err());
    }

    @Test
    void helpWinsOverAnyMistakeInTheOtherArguments() {
        Cli r = Cli.run("check", "-C", "no-such-folder", "--strict", "--help");
        assertEquals(Main.OK, r.code(), r::toString);
        assertTrue(r.out().startsWith("Usage: explainer check [-hqV] [-C=DIR]\n"), r::toString);
    }

    @Test
    void theTopLevelHelpListsEveryCommand() {
        Cli r = Cli.run("--help");
        assertEquals(Main.OK, r.code());
        for (String c : List.of("build", "serve", "check", "new", "bench")) {
            assertTrue(r.out().contains("\n  " + c + " ".repeat(7 - c.length())), () -> c + " in\n" + r.out());
        }
    }

    @Test
    void everyHelpLineFitsAnEightyColumnTerminal() {
        for (String c : List.of("build", "serve", "check", "new", "bench")) {
            Cli r = Cli.run(c, "--help");
            r.out().lines().forEach(l -> assertTrue(l.length() < 80, () -> c + ": " + l));
        }
    }

    @Test
    void versionPrintsTheVersionAtTheTopLevelAndOnEveryCommand() {
        for (String[] args : List.of(new String[] {"-V"}, new String[] {"--version"}, new String[] {"check", "-V"},
                new String[] {"new", "--version"})) {
            Cli r = Cli.run(args);
            assertEquals(Main.OK, r.code(), r::toString);
            assertEquals("explainer 0.1.0\n", r.out(), String.join(" ", args));
        }
    }
}
