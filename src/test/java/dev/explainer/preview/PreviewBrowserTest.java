package dev.explainer.preview;

import dev.explainer.testing.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a proofreader sees in a real headless Chromium while editing the YAML beside it. */
class PreviewBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final By CROWD = By.cssSelector("[data-stmt='fact-crowd']");

    @Test
    void editsAppearErrorsShowAndProofreadingExplainsEachStatement(@TempDir Path dir) throws Exception {
        Path project = Fixture.copyTo(dir);
        PreviewOptions o = PreviewOptions.of(project, 0).withVerbose(false);
        ChromeDriver browser = Browser.start(1280, 900);
        try (PreviewServer server = PreviewServer.start(o, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))) {
            WebDriverWait wait = new WebDriverWait(browser, WAIT);
            browser.get(server.url().toString());
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".pv-status"), "Preview: live"));
            assertEquals("Several hundred people watched the lamp being lit.", browser.findElement(CROWD).getText());
            // Tabs share one event stream: browsers allow six connections to a host, and tabs are many.
            String first = browser.getWindowHandle();
            browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
            browser.get(server.url().resolve("/figures.html").toString());
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".pv-status"), "Preview: live"));
            assertEquals(1, server.streams(), "one stream for both tabs");
            browser.close();
            browser.switchTo().window(first);

            // A marker on the window survives only as long as nobody reloads the page.
            ((JavascriptExecutor) browser).executeScript("window.previewMarker = 1");

            Fixture.edit(project, "content/facts.yaml", "Several hundred people watched", "A crowd of hundreds watched");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(CROWD, "A crowd of hundreds watched"));
            assertEquals(null, ((JavascriptExecutor) browser).executeScript("return window.previewMarker"),
                    "the page reloaded by itself");

            // A broken edit: the panel over the page names the file, line and problem; the page is marked stale.
            Fixture.edit(project, "content/facts.yaml", "  text: A crowd", "  txt: A crowd");
            WebElement overlay = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pv-overlay")));
            assertTrue(overlay.getText().contains("stale"), overlay.getText());
            assertTrue(browser.findElement(By.tagName("html")).getAttribute("class").contains("pv-stale"));
            browser.switchTo().frame(overlay.findElement(By.tagName("iframe")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "unknown key 'txt'"));
            String errors = browser.findElement(By.tagName("body")).getText();
            assertTrue(errors.contains("content/facts.yaml:10:3"), errors);
            assertTrue(errors.contains("did you mean 'text'?"), errors);
            assertTrue(errors.contains("txt: A crowd of hundreds watched the lamp being lit."), errors);
            browser.switchTo().defaultContent();
            assertEquals("A crowd of hundreds watched the lamp being lit.", browser.findElement(CROWD).getText(),
                    "the last good page stays underneath");

            // The fix clears the errors by itself.
            Fixture.edit(project, "content/facts.yaml", "  txt: A crowd", "  text: Hundreds");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(CROWD, "Hundreds of hundreds watched"));
            assertTrue(browser.findElements(By.cssSelector(".pv-overlay")).isEmpty());
            assertFalse(browser.findElement(By.tagName("html")).getAttribute("class").contains("pv-stale"));

            // Proofreading: a panel of what needs care, and each statement's sources on focus.
            browser.findElement(By.xpath("//button[text()='Proofread']")).click();
            WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pv-panel")));
            wait.until(ExpectedConditions.textToBePresentInElement(panel, "Contested on this page"));
            assertTrue(panel.getText().contains("Warnings from check"), panel.getText());
            assertTrue(panel.getText().contains("the number 12 in prose"), panel.getText());
            ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", browser.findElement(CROWD));
            WebElement tip = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pv-tip")));
            assertTrue(tip.getText().contains("Contested"), tip.getText());
            assertTrue(tip.getText().contains("content/facts.yaml:9:3"), tip.getText());
            assertTrue(tip.getText().contains("About 300 people gathered on the headland"), tip.getText());
            assertTrue(tip.getText().contains("The Bulletin gives no source for its estimate"), tip.getText());
            assertEquals("true", browser.findElement(By.xpath("//button[text()='Proofread']")).getAttribute("aria-pressed"));
        } finally {
            browser.quit();
        }
    }
}
