package dev.explainer.testing;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A real headless Chromium for tests, from Debian's chromium and chromium-driver packages. Tests
 * that need it skip when it is absent, unless {@code -Dexplainer.requireBrowser=true} (set by CI),
 * in which case a missing browser fails them: CI can never pass by skipping.
 */
public final class Browser {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    /**
     * Selenium warns, for every driver it starts, that it has no DevTools bindings for this
     * Chromium's version and suggests a dependency that does not exist for it. The tests send their
     * few DevTools commands through ChromeDriver itself ({@code executeCdpCommand}), which needs no
     * bindings, so the warning is only noise in CI's log. Held here: a logger nobody references can
     * be collected, and its level with it.
     */
    private static final List<Logger> QUIETED = List.of(
            Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
            Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

    static {
        for (Logger l : QUIETED) l.setLevel(Level.SEVERE);
    }

    private Browser() {}

    public static boolean required() {
        return Boolean.getBoolean("explainer.requireBrowser") || "true".equals(System.getenv("EXPLAINER_REQUIRE_BROWSER"));
    }

    /** Skips the calling test when there is no browser here, or fails it when one is required. */
    public static void assumeAvailable() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (required() && !present) {
            throw new AssertionError("browser tests are required but " + CHROMIUM + " or " + DRIVER
                    + " is missing; install: apt-get install -y chromium chromium-driver");
        }
        Assumptions.assumeTrue(present, "no Chromium here; browser tests skipped");
    }

    /** Starts headless Chromium at the given window size. The caller quits it. */
    public static ChromeDriver start(int width, int height) {
        assumeAvailable();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
