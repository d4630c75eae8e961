package org.claimledger.web;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Chromium driven by its ChromeDriver, headless, with no network beyond localhost. The tests never
 * install them: {@link Required} skips a browser test, naming the install command, when either is
 * missing. They are looked up as {@code -Dclaimledger.chromium} and {@code -Dclaimledger.chromedriver}
 * when given (a path that does not exist means "not installed"), else as {@code chromium} (or {@code
 * chromium-browser}) and {@code chromedriver} on the PATH.
 */
final class HeadlessChromium implements AutoCloseable {
    static final String INSTALL = "apt-get install chromium chromium-driver";

    private final ChromeDriver driver;

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    static HeadlessChromium start() throws IOException {
        Path chromium = chromium().orElseThrow(() -> new IllegalStateException(missing()));
        Path chromedriver = chromedriver().orElseThrow(() -> new IllegalStateException(missing()));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        // without the background-networking flags Chromium keeps dialling Google, which this machine refuses
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("claimledger-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        return new HeadlessChromium(new ChromeDriver(service, options));
    }

    static boolean installed() {
        return chromium().isPresent() && chromedriver().isPresent();
    }

    static Optional<Path> chromium() {
        return find("claimledger.chromium", "chromium", "chromium-browser");
    }

    static Optional<Path> chromedriver() {
        return find("claimledger.chromedriver", "chromedriver");
    }

    /** Why the browser tests cannot run here, and how to make them run. */
    static String missing() {
        return "Chromium and ChromeDriver are needed for the browser tests: " + describe("claimledger.chromium",
                chromium(), "chromium") + ", " + describe("claimledger.chromedriver", chromedriver(), "chromedriver")
                + ". Install them (Debian and Ubuntu, as root): " + INSTALL + "; or name them with -Dclaimledger.chromium="
                + "PATH and -Dclaimledger.chromedriver=PATH";
    }

    private static String describe(String property, Optional<Path> found, String name) {
        if (found.isPresent()) {
            return name + " is " + found.get();
        }
        String given = System.getProperty(property);
        return given != null ? "-D" + property + "=" + given + " is not an executable" : "no " + name + " on the PATH";
    }

    private static Optional<Path> find(String property, String... names) {
        String given = System.getProperty(property);
        if (given != null) {
            return Optional.of(Path.of(given)).filter(Files::isExecutable);
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Arrays.stream(names).flatMap(name -> Arrays.stream(path.split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, name))).filter(Files::isExecutable).findFirst();
    }

    /**
     * Skips each browser test, with the install command in the reason, where Chromium or its driver is
     * missing; a test class that uses it starts the browser only when {@link #installed()}.
     */
    static final class Required implements ExecutionCondition {
        private static final AtomicBoolean TOLD = new AtomicBoolean();

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (context.getTestMethod().isEmpty() || installed()) {
                return ConditionEvaluationResult.enabled("Chromium and ChromeDriver are installed");
            }
            if (!TOLD.getAndSet(true)) {
                System.out.println("[browser tests] skipped. " + missing());
            }
            return ConditionEvaluationResult.disabled(missing());
        }
    }

    WebDriver driver() {
        return driver;
    }

    Object script(String javascript, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(javascript, args);
    }

    /** Lays the page out {@code width} CSS pixels wide, as a phone (under 600) or a desktop browser would. */
    void viewport(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 800,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    void resetViewport() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** The whole page, not only what fits in the window, at the current viewport width. */
    void screenshot(Path file) throws IOException {
        long width = ((Number) script("return document.documentElement.clientWidth")).longValue();
        long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
