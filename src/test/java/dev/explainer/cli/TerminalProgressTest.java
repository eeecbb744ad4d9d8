package dev.explainer.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TerminalProgressTest {
    @Test
    void aLongBuildShowsItsPhaseAndCountOnOneLineAndClearsItAtTheEnd() throws InterruptedException {
        StringWriter text = new StringWriter();
        TerminalProgress p = new TerminalProgress(new PrintWriter(text), 0, 5);
        p.update("loading content", 0, 0, "");
        Thread.sleep(60);
        p.update("rendering", 4210, 30000, "pages");
        Thread.sleep(60);
        p.finish();
        String shown = text.toString();
        assertTrue(shown.startsWith("\rloading content..."), shown);
        // The shorter line overwrites the longer one in place, padded with spaces.
        assertTrue(shown.contains("\rrendering 4,210/30,000 pages"), shown);
        assertTrue(shown.endsWith("\r" + " ".repeat("rendering 4,210/30,000 pages".length()) + "\r"), shown);
        assertEquals(-1, shown.indexOf('\n'), "never a new line");
    }

    @Test
    void aBuildThatEndsBeforeTheDelayPrintsNothing() {
        StringWriter text = new StringWriter();
        TerminalProgress p = new TerminalProgress(new PrintWriter(text), 60_000, 100);
        p.update("rendering", 1, 10, "pages");
        p.finish();
        assertEquals("", text.toString());
    }
}
