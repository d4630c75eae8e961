package org.claimledger.web;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium driven by Debian's ChromeDriver, headless, with no network beyond localhost.
 * When either is missing it installs both with apt-get, printing what it runs; when that is
 * impossible the test fails with the reason instead of being skipped.
 */
final class HeadlessChromium implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final long INSTALL_MINUTES = 20;

    private final ChromeDriver driver;

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    static HeadlessChromium start() throws IOException {
        ensureInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // without the background-networking flags Chromium keeps dialling Google, which this machine refuses
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("claimledger-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new HeadlessChromium(new ChromeDriver(service, options));
    }

    static synchronized void ensureInstalled() {
        if (installed()) {
            return;
        }
        System.out.println("[browser tests] " + CHROMIUM + " or " + CHROMEDRIVER + " is missing; installing Debian's "
                + "chromium and chromium-driver: apt-get update && apt-get install -y chromium chromium-driver");
        run(List.of("apt-get", "update"));
        run(List.of("apt-get", "install", "-y", "chromium", "chromium-driver"));
        if (!installed()) {
            throw new IllegalStateException("apt-get finished but " + CHROMIUM + " and " + CHROMEDRIVER
                    + " are still not both there; install the Debian packages chromium and chromium-driver");
        }
    }

    private static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    private static void run(List<String> command) {
        System.out.println("[browser tests] $ " + String.join(" ", command));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Process process = builder.start();
            if (!process.waitFor(INSTALL_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " took over " + INSTALL_MINUTES
                        + " minutes; install chromium and chromium-driver by hand (as root)");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed with exit code "
                        + process.exitValue() + " (the browser tests need root and Debian's package mirror); "
                        + "install chromium and chromium-driver by hand");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + String.join(" ", command) + " to install Chromium: "
                    + e.getMessage() + "; install the Debian packages chromium and chromium-driver by hand", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while installing Chromium", e);
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
