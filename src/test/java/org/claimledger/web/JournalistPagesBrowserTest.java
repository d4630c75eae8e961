package org.claimledger.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.claimledger.claim.Claim;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A journalist's way through the pages, in headless Chromium against the running service. Skipped, with
 * the install command, where Chromium and ChromeDriver are not installed (.ci/run installs them).
 */
@QuarkusTest
@ExtendWith(HeadlessChromium.Required.class)
class JournalistPagesBrowserTest {
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final String ARMENIAN_MILITARY_DEATHS = "/compare?subject=armenia&population=military&metric=killed";
    static final String AM_MOD_DEATH_TOLL = "/claims/" + Claim.idFor("karabakh-2020/casualties/am-mod-001");

    /** Elements that stick out to the right of the window (some may be clipped), for the failure message. */
    private static final String TOO_WIDE = "return [...document.querySelectorAll('body *')]"
            + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
            + ".slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"
            + ".join(', ')";

    private static HeadlessChromium chromium;

    @TestHTTPResource("/")
    URL site;

    @BeforeAll
    static void startChromium() throws IOException {
        if (HeadlessChromium.installed()) {
            chromium = HeadlessChromium.start();
        }
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void searchingBardaLeadsToTheAllegationWithWhoAssertsAndWhoDenies() {
        open("/");
        browser().findElement(By.id("q")).sendKeys("Barda");
        browser().findElement(By.cssSelector(".big-search button[type=submit]")).click();
        waitFor(ExpectedConditions.urlContains("/search?q=Barda"));

        browser().findElement(By.cssSelector(".allegation-hits")).findElement(By.partialLinkText("Barda")).click();
        waitFor(ExpectedConditions.urlContains("/allegations?incident=barda-2020-10-28"));

        WebElement barda = browser().findElement(By.id("barda-2020-10-28"));
        assertThat(barda.findElement(By.cssSelector("section.asserting")).getText())
                .contains("Human Rights Watch", "Amnesty International");
        assertThat(barda.findElement(By.cssSelector("section.denying")).getText())
                .contains("Government of Armenia");
    }

    @Test
    void armenianMilitaryDeathsChartShowsEverySourceAndTheConflictInWords() {
        open(ARMENIAN_MILITARY_DEATHS);

        WebElement chart = browser().findElement(By.cssSelector("figure.chart svg[role=img]"));
        assertThat(chart.isDisplayed()).isTrue();
        List<String> charted = chart.findElements(By.cssSelector("g.bar-row")).stream()
                .map(bar -> bar.getAttribute("data-source")).toList();
        assertThat(charted).hasSizeGreaterThanOrEqualTo(2).contains("am-gov", "az-gov");
        assertThat(chart.findElements(By.cssSelector("g.bar-row.open-ended[data-source=az-gov] path.arrow")))
                .as("more than 5,000 is drawn open-ended").hasSize(1);

        WebElement conflict = browser().findElement(By.cssSelector("li.conflict .sentence"));
        assertThat(conflict.isDisplayed()).isTrue();
        assertThat(conflict.getText()).isEqualTo("Government of Azerbaijan (adversary) claims more than "
                + "1.49× what Government of Armenia (self) reports.");
    }

    @Test
    void aClaimShowsItsCitationsAndLeadsToTheClaimsThatContradictIt() {
        open(AM_MOD_DEATH_TOLL);

        WebElement citation = browser().findElement(By.cssSelector("li.citation a[href^='https://']"));
        assertThat(citation.isDisplayed()).isTrue();
        assertThat(citation.getAttribute("href")).isEqualTo("https://en.wikipedia.org/wiki/2020_Nagorno-Karabakh_war");
        assertThat(browser().findElement(By.cssSelector("li.citation blockquote")).getText()).contains("3,360");

        WebElement contradicting = browser().findElement(By.xpath(
                "//h3[.='Claims that contradict this one']/following-sibling::ul[1]//a[contains(@href,'/claims/')]"));
        assertThat(contradicting.isDisplayed()).isTrue();
        String target = contradicting.getAttribute("href");
        contradicting.click();
        waitFor(ExpectedConditions.urlToBe(target));
        assertThat(browser().findElement(By.tagName("h1")).getText()).isNotBlank();
    }

    @Test
    void theSearchBoxIsReachedWithTabAndSubmittedWithEnter() {
        open("/");
        WebElement focused = null;
        for (int presses = 0; presses < 12; presses++) {
            new Actions(browser()).sendKeys(Keys.TAB).perform();
            focused = browser().switchTo().activeElement();
            if ("q".equals(focused.getAttribute("id"))) {
                break;
            }
        }
        assertThat(focused.getAttribute("id")).as("the search box is reached by Tab").isEqualTo("q");
        assertThat(focused.getCssValue("outline-style")).as("focus is visible").isNotEqualTo("none");

        focused.sendKeys("Barda", Keys.ENTER);
        waitFor(ExpectedConditions.urlContains("/search?q=Barda"));
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Results for “Barda”");
    }

    @Test
    void mainPagesFitAPhoneAndAreSavedAsScreenshots() throws IOException {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("comparison", ARMENIAN_MILITARY_DEATHS);
        pages.put("claim", AM_MOD_DEATH_TOLL);
        pages.put("source", "/sources/am-mod");
        pages.put("allegation", "/allegations?incident=barda-2020-10-28");
        pages.put("search", "/search?q=Barda");
        Map<String, Integer> widths = new LinkedHashMap<>();
        widths.put("phone", 360);
        widths.put("desktop", 1280);
        try {
            for (Map.Entry<String, Integer> width : widths.entrySet()) {
                chromium.viewport(width.getValue());
                for (Map.Entry<String, String> page : pages.entrySet()) {
                    open(page.getValue());
                    long scrollWidth = ((Number) chromium.script("return document.documentElement.scrollWidth"))
                            .longValue();
                    assertThat(scrollWidth).as(page.getKey() + " fits " + width.getValue() + " px without sideways "
                            + "scrolling; too wide: " + chromium.script(TOO_WIDE)).isLessThanOrEqualTo(width.getValue());
                    Path file = SCREENSHOTS.resolve(page.getKey() + "-" + width.getKey() + ".png");
                    chromium.screenshot(file);
                    assertThat(Files.size(file)).isGreaterThan(1000);
                }
            }
        } finally {
            chromium.resetViewport();
        }
    }

    private WebDriver browser() {
        return chromium.driver();
    }

    private void open(String path) {
        browser().get(site.toString().replaceAll("/$", "") + path);
    }

    private void waitFor(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(browser(), Duration.ofSeconds(10)).until(condition);
    }
}
