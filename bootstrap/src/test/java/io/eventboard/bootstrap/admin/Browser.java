package io.eventboard.bootstrap.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Debian chromium, headless, driven through the Debian chromedriver (nothing is downloaded), with what the
 * admin panel's tests need: finding controls by their label, waiting for the panel to settle, screenshots under
 * {@code target/admin-ui-screenshots/}, and an axe-core check of the page.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "admin-ui-screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path profile;
    private int shots;

    /**
     * Skips the calling test on a developer's machine without chromium, saying how to install it; on CI (where
     * {@code CI} is set, and .ci/run installs chromium) a missing browser fails instead of skipping.
     */
    static void assumeInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "the admin panel's browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian: apt-get install chromium chromium-driver)";
        if (!installed && System.getenv("CI") != null) {
            fail("CI must run them: " + missing);
        }
        Assumptions.assumeTrue(installed, "Skipped: " + missing);
    }

    Browser() throws IOException {
        profile = Files.createTempDirectory("eventboard-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1400", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        wait = new WebDriverWait(driver, PATIENCE);
        // A table the page re-renders while a condition reads it leaves stale elements: read it again.
        wait.ignoring(StaleElementReferenceException.class);
        Files.createDirectories(SCREENSHOTS);
        try (Stream<Path> earlier = Files.list(SCREENSHOTS)) {
            for (Path png : earlier.filter(path -> path.toString().endsWith(".png")).toList()) {
                Files.delete(png);
            }
        }
    }

    void open(String url) {
        driver.get(url);
    }

    /** Goes to a page of the panel without reloading it (a reload would end the session, which lives in memory). */
    void go(String hash) {
        script("window.location.hash = arguments[0]", hash);
        settle();
    }

    String hash() {
        return (String) script("return window.location.hash");
    }

    Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(code, arguments);
    }

    <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    /** Waits until no request is in flight and no part of the page still says it is loading. */
    void settle() {
        until(d -> Boolean.TRUE.equals(script(
                "return document.getElementById('activity').hidden && !/Loading /.test(document.body.innerText)")));
    }

    void waitForText(String text) {
        until(d -> main().getText().contains(text));
    }

    WebElement main() {
        return driver.findElement(By.id("main"));
    }

    WebElement find(By by) {
        return until(d -> d.findElement(by));
    }

    /** The control labelled {@code label} within {@code scope}. */
    WebElement control(WebElement scope, String label) {
        WebElement labelElement = scope.findElement(By.xpath(".//label[normalize-space()='" + label + "']"));
        return scope.findElement(By.id(labelElement.getAttribute("for")));
    }

    /** Types into a text control, replacing what it held. */
    void type(WebElement scope, String label, String text) {
        WebElement input = control(scope, label);
        input.clear();
        input.sendKeys(text);
    }

    /** Sets a control's value as a person picking it would (date pickers and selects alike). */
    void choose(WebElement scope, String label, String value) {
        script("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", control(scope, label), value);
    }

    WebElement button(WebElement scope, String text) {
        return scope.findElement(By.xpath(".//button[normalize-space()='" + text + "' or @aria-label='" + text + "']"));
    }

    void click(WebElement scope, String buttonText) {
        button(scope, buttonText).click();
    }

    void clickLink(String text) {
        find(By.linkText(text)).click();
        settle();
    }

    /** The modal dialog that is open now. */
    WebElement dialog() {
        return find(By.cssSelector("dialog[open]"));
    }

    /** Answers the confirmation dialog with its confirming button. */
    void confirm() {
        WebElement dialog = find(By.cssSelector("#confirm-dialog[open]"));
        dialog.findElement(By.id("confirm-ok")).click();
        until(d -> !dialog.isDisplayed());
    }

    /** Saves what the browser shows as {@code target/admin-ui-screenshots/NN-name.png}. */
    void screenshot(String name) throws IOException {
        shots++;
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(String.format("%02d-%s.png", shots, name)), png);
    }

    /**
     * Runs axe-core (WCAG 2.1 A and AA rules and best practices) on the page as it is now and asserts that it finds
     * nothing serious or critical.
     */
    void assertAccessible(String page) {
        if (!Boolean.TRUE.equals(script("return typeof axe !== 'undefined'"))) {
            script(axeSource());
        }
        Object found = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag',
                        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})
                    .then(result => done(result.violations
                        .filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at '
                            + v.nodes.map(n => n.target.join(' ')).join(', '))))
                    .catch(error => done(['axe failed: ' + error]));
                """);
        assertThat((List<?>) found).as("serious or critical accessibility violations on " + page).isEmpty();
    }

    /** Errors the page logged that mean something broke: blocked by the CSP, or an uncaught exception. */
    List<String> brokenScripts() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Uncaught")
                        || message.contains("Refused to"))
                .toList();
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
