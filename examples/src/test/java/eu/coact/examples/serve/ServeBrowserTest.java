package eu.coact.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The web chat, the dashboard and the weekly summary in headless Chromium (Debian's chromium and chromium-driver),
 * checked with axe-core at 1280 and 375 px; screenshots go to {@code target/serve-screenshots}.
 * Without the driver or axe-core (installed by {@code .ci/run}) the test is skipped with a
 * message, and fails under {@code CI=true}.
 */
class ServeBrowserTest {

    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path AXE =
            Path.of(System.getenv().getOrDefault("COACT_AXE", "../.ci/axe/node_modules/axe-core/axe.min.js"));
    private static final Path SHOTS = Path.of("target", "serve-screenshots");
    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path directory;

    private ServedStudy served;
    private WebDriver browser;

    @BeforeEach
    void start() {
        Optional<String> missing = !Files.isExecutable(DRIVER)
                ? Optional.of("chromium-driver is not installed")
                : !Files.isExecutable(CHROMIUM)
                        ? Optional.of("chromium is not installed")
                        : !Files.isRegularFile(AXE)
                                ? Optional.of("axe-core is not installed in " + AXE + " (run .ci/run)")
                                : Optional.empty();
        if (missing.isPresent() && "true".equals(System.getenv("CI"))) {
            throw new AssertionError(missing.get() + "; under CI=true the browser tests must run");
        }
        Assumptions.assumeTrue(missing.isEmpty(), () -> missing.get() + ": browser tests skipped");
        served = new ServedStudy(directory);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=en-GB", "--window-size=1280,900");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-GB,en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (served != null) {
            served.close();
        }
    }

    @Test
    void aParticipantJoinsConsentsAnswersAndPausesOnAnAccessiblePage() throws IOException {
        ServedStudy.Browser coordinator = served.browser();
        String token = ServeHttpTest.invite(coordinator, coordinator.login("ana"), "single");

        browser.get(served.base() + "/join/" + token);
        served.advance(Duration.ofMinutes(2));
        click(button("I agree"));
        // The next question arrives on the event stream, without reloading the page.
        served.advance(Duration.ofMinutes(2));
        click(button("publish"));
        served.advance(Duration.ofMinutes(5));
        WebElement text = browser.findElement(By.id("text"));
        text.sendKeys("/pause", Keys.ENTER);
        served.advance(Duration.ofMinutes(1));
        waitFor(() -> {
            served.advance(Duration.ofSeconds(30));
            return browser.findElement(By.id("log")).getText().toLowerCase().contains("paused") ? true : null;
        });
        assertThat(served.server.engine().counters().answers()).isPositive();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        // Nothing of the participant is kept in the browser beyond the HttpOnly cookie.
        assertThat(((JavascriptExecutor) browser)
                        .executeScript("return document.cookie + localStorage.length + sessionStorage.length"))
                .isEqualTo("00");

        checkAt(1280, "chat-1280");
        checkAt(375, "chat-375");
    }

    @Test
    void theCoordinatorsDashboardIsAccessibleAndACoResearcherIsRefusedTheConsentAudit() throws IOException {
        logIn("ana");
        assertThat(browser.findElement(By.id("funnel")).getText()).contains("active");
        checkAt(1280, "dashboard-1280");
        checkAt(375, "dashboard-375");

        browser.findElement(By.cssSelector("header form button")).click();
        logIn("joan");
        browser.get(served.base() + "/team/consent");
        assertThat(browser.getTitle()).isEqualTo("Not for your role");
    }

    @Test
    void theConsentChartAndTheWeeklySummaryFitA375PxScreenPassAxeAndPrintOnA4() throws IOException {
        ServedStudy.Browser coordinator = served.browser();
        String token = ServeHttpTest.invite(coordinator, coordinator.login("ana"), "campaign");
        for (int i = 0; i < 12; i++) {
            ServeHttpTest.joinAndConsent(served, token);
        }
        logIn("ana");
        WebElement chart = browser.findElement(By.id("consent-weeks"));
        assertThat(chart.findElements(By.cssSelector("svg[role=img]"))).isNotEmpty();
        checkAt(1280, "dashboard-chart-1280", By.id("consent-weeks"));
        checkAt(375, "dashboard-chart-375", By.id("consent-weeks"));
        assertThat(overflow()).as("the dashboard is wider than a 375 px screen").isZero();

        browser.get(served.base() + "/team/summary?week=2026-W10");
        assertThat(browser.getTitle()).isEqualTo("Weekly summary 2026-W10");
        assertThat(browser.findElement(By.id("summary-funnel")).getText()).contains("active");
        checkAt(1280, "summary-1280");
        checkAt(375, "summary-375");
        assertThat(overflow()).as("the summary is wider than a 375 px screen").isZero();

        // As printed: no navigation, no log-out form; the sections stay.
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(browser.findElement(By.tagName("nav")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector("header form")).isDisplayed())
                .isFalse();
        assertThat(browser.findElement(By.id("summary-journal")).isDisplayed()).isTrue();
        browser.manage().window().setSize(new Dimension(794, 1123));
        Files.write(SHOTS.resolve("summary-print.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        PrintOptions a4 = new PrintOptions();
        a4.setPageSize(new PageSize(29.7, 21.0));
        byte[] pdf = OutputType.BYTES.convertFromBase64Png(chrome.print(a4).getContent());
        Files.write(SHOTS.resolve("summary-a4.pdf"), pdf);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");

        browser.findElement(By.cssSelector("header form button")).click();
        logIn("joan");
        browser.get(served.base() + "/team/summary");
        assertThat(browser.getTitle()).isEqualTo("Not for your role");
    }

    /** How many CSS pixels the page is wider than the window (0 when nothing scrolls sideways). */
    private long overflow() {
        Object wider = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        return Math.max(0, ((Number) wider).longValue());
    }

    private void logIn(String name) {
        browser.get(served.base() + "/team/login");
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(ServedStudy.PASSWORD, Keys.ENTER);
        waitFor(() -> browser.getTitle().equals("Study dashboard") ? true : null);
    }

    private WebElement button(String labelPart) {
        // The study's time moves on while the page waits: what falls due is sent and arrives by itself.
        return waitFor(() -> {
            served.advance(Duration.ofSeconds(30));
            return browser.findElements(By.cssSelector(".choices button")).stream()
                    .filter(b -> b.isEnabled() && b.getText().toLowerCase().contains(labelPart.toLowerCase()))
                    .findFirst()
                    .orElse(null);
        });
    }

    /** Asks until the answer is not null, for at most {@link #WAIT}. */
    private static <T> T waitFor(java.util.function.Supplier<T> answer) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            T value = answer.get();
            if (value != null) {
                return value;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("waited " + WAIT.toSeconds() + " s in vain");
    }

    private void click(WebElement button) {
        // As a person scrolls to a button before tapping it (the page's own scrolling may still be moving).
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
    }

    /** At a width: no serious or critical axe-core violation, and a screenshot. */
    private void checkAt(int width, String name) throws IOException {
        checkAt(width, name, By.tagName("body"));
    }

    /** As {@link #checkAt(int, String)}, the screenshot showing an element's top. */
    private void checkAt(int width, String name, By shown) throws IOException {
        browser.manage().window().setSize(new Dimension(width, 900));
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'start'});", browser.findElement(shown));
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(Files.readString(AXE));
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                + " done(JSON.stringify(r.violations)); }, function (e) { done('error: ' + e); });");
        assertThat(result.toString()).doesNotStartWith("error");
        JsonNode violations = new ObjectMapper().readTree(result.toString());
        List<String> serious = new ArrayList<>();
        for (JsonNode v : violations) {
            String impact = v.path("impact").asText();
            if (impact.equals("serious") || impact.equals("critical")) {
                serious.add(v.get("id").asText() + " (" + impact + "): "
                        + v.path("nodes").size() + " element(s)");
            }
        }
        assertThat(serious)
                .as(name + ": serious or critical axe-core violations")
                .isEmpty();
    }
}
