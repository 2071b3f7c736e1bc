package io.eventboard.bootstrap.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.bootstrap.TestServer;
import io.eventboard.bootstrap.http.Api;
import io.eventboard.persistence.testing.DirectSql;
import io.eventboard.persistence.testing.TestDatabase;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The admin panel in a real browser, as an operator uses it: one headless chromium for the whole class, the steps
 * in order (each builds on the one before). Every page is checked with axe-core and saved as a screenshot under
 * {@code bootstrap/target/admin-ui-screenshots/}. Access tokens live {@value #TOKEN_SECONDS} seconds here, so the
 * panel refreshes its session all along the way, and the last step sees the session end.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminPanelBrowserTest implements TestServer {

    static final int TOKEN_SECONDS = 5;
    private static final String ADMIN = "root";
    private static final String EVENT = "Kotlin meetup";

    @Inject
    EmbeddedServer server;
    @Inject
    @Client("/")
    HttpClient client;

    private Browser browser;
    private Api api;
    private String eventId;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestServer.super.getProperties());
        properties.put("eventboard.access-token-lifetime", "PT" + TOKEN_SECONDS + "S");
        return properties;
    }

    @BeforeAll
    void startBrowser() throws Exception {
        Browser.assumeInstalled();
        TestDatabase.cleanDatabase();
        api = new Api(client.toBlocking());
        String admin = api.adminToken(ADMIN);
        api.post("/api/tags", Map.of("name", "kotlin"), admin);
        api.post("/api/tags", Map.of("name", "jvm"), admin);
        api.userToken("ada");
        browser = new Browser();
    }

    @AfterAll
    void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    /** A failed step leaves a screenshot and the page's text behind, to see what the browser saw. */
    @RegisterExtension
    final TestWatcher onFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null) {
                try {
                    browser.screenshot("failed-" + context.getRequiredTestMethod().getName());
                    System.out.println("The page when " + context.getDisplayName() + " failed:\n"
                            + browser.main().getText());
                } catch (Exception e) {
                    cause.addSuppressed(e);
                }
            }
        }
    };

    @AfterEach
    void nothingWasBlockedOrBroken() {
        assertThat(browser.brokenScripts()).as("console errors: CSP violations or uncaught exceptions").isEmpty();
    }

    @Test
    @Order(1)
    void aUserWhoIsNotAnAdminIsRefused() throws Exception {
        browser.open(server.getURL() + "/admin");
        logIn("ada");

        browser.waitForText("ada is not an admin account");
        assertThat(browser.find(By.id("nav")).isDisplayed()).isFalse();
        browser.assertAccessible("the login page");
        browser.screenshot("login-refused");
    }

    @Test
    @Order(2)
    void anAdminLogsInAndSeesTheDashboard() throws Exception {
        logIn(ADMIN);

        browser.until(d -> browser.hash().equals("#/dashboard"));
        browser.settle();
        assertThat(browser.main().getText()).contains("Events by status", "Bookings today", "Notification queue",
                "Notifications sent and failed per hour", "Background jobs", "Event provider");
        assertThat(browser.find(By.id("whoami")).getText()).isEqualTo("Signed in as root");
        browser.assertAccessible("the dashboard");
        browser.screenshot("dashboard");
    }

    @Test
    @Order(3)
    void createsAnEventAndSeesTheBookingMadeThroughTheApi() throws Exception {
        browser.clickLink("Events");
        browser.click(browser.main(), "New event");
        WebElement dialog = browser.dialog();
        browser.until(d -> !dialog.findElements(By.name("title")).isEmpty());
        browser.click(dialog, "Create event");
        browser.until(d -> !dialog.findElements(By.cssSelector(".field-error")).isEmpty());
        assertThat(browser.control(dialog, "Starts").getAttribute("aria-invalid")).as("the API's refusal at the field")
                .isEqualTo("true");
        assertThat(dialog.getText()).contains("is required");
        browser.type(dialog, "Title", EVENT);
        browser.choose(dialog, "Starts", "2030-05-01T18:00");
        browser.control(dialog, "kotlin").click();
        browser.control(dialog, "jvm").click();
        browser.click(dialog, "Create event");

        browser.until(d -> browser.hash().startsWith("#/events/"));
        eventId = browser.hash().substring("#/events/".length());
        browser.waitForText("Attendee list");
        api.post("/api/events/" + eventId + "/book", null, api.login("ada"));
        browser.go("#/events");
        browser.waitForText(EVENT);
        browser.assertAccessible("the event listing");
        browser.screenshot("events");
        browser.clickLink(EVENT);

        browser.settle();
        WebElement attendees = browser.find(By.xpath("//table[caption='Attendee list']"));
        assertThat(attendees.getText()).contains("ada", "active");
        assertThat(browser.main().getText()).contains("1 booked, 29 free of 30", "jvm, kotlin");
        browser.assertAccessible("an event");
        browser.screenshot("event");
    }

    @Test
    @Order(4)
    void cancelsTheEventAndSeesTheCancellationNotificationsQueued() throws Exception {
        browser.click(browser.main(), "Cancel event");
        browser.confirm();
        browser.settle();
        browser.until(d -> browser.main().findElement(By.cssSelector(".details .badge")).getText()
                .equals("cancelled"));

        browser.clickLink("Notifications");
        WebElement filters = browser.find(By.cssSelector("form[aria-label='Filter notifications']"));
        browser.choose(filters, "Status", "queued");
        browser.click(filters, "Filter");
        browser.settle();
        WebElement outbox = browser.find(By.xpath("//table[caption='Notifications, newest first']"));
        assertThat(outbox.getText()).contains("event cancelled", "queued");
        browser.assertAccessible("the notifications");
        browser.screenshot("notifications");
    }

    @Test
    @Order(5)
    void retriesAFailedNotificationAndSendsOneDirectly() throws Exception {
        DirectSql.execute("""
                UPDATE notifications SET status = 'FAILED', attempts = 5, last_error = 'Mail server said 550'
                WHERE kind = 'EVENT_CANCELLED' AND channel = 'LOG'""");
        WebElement filters = browser.find(By.cssSelector("form[aria-label='Filter notifications']"));
        browser.choose(filters, "Status", "failed");
        browser.click(filters, "Filter");
        browser.waitForText("Mail server said 550");
        browser.screenshot("notifications-failed");

        browser.main().findElement(By.xpath("//button[normalize-space()='Retry']")).click();
        browser.waitForText("No notification matches.");
        assertThat(DirectSql.number("SELECT count(*) FROM notifications WHERE status = 'FAILED'")).isZero();
        assertThat(DirectSql.number("SELECT count(*) FROM notifications WHERE kind = 'EVENT_CANCELLED' "
                + "AND channel = 'LOG' AND status = 'QUEUED' AND attempts = 0")).isEqualTo(1);

        WebElement send = browser.find(By.cssSelector("form[aria-labelledby='send-heading']"));
        browser.type(send, "Message", "Maintenance tonight at ten");
        browser.click(send, "Send");
        browser.until(d -> send.getText().contains("is queued"));
        assertThat(DirectSql.number("SELECT count(*) FROM notifications WHERE body = 'Maintenance tonight at ten'"))
                .isEqualTo(1);
    }

    @Test
    @Order(6)
    void disablesAUserWhoThenCannotLogIn() throws Exception {
        browser.clickLink("Users");
        WebElement search = browser.find(By.cssSelector("form[aria-label='Find accounts']"));
        browser.type(search, "Username or email contains", "example.org");
        browser.click(search, "Search");
        browser.settle();
        browser.click(browser.main(), "Disable ada");
        browser.until(d -> browser.main().getText().contains("disabled"));

        assertThat(api.post("/api/auth/login", Map.of("username", "ada", "password", "password-ada"), null).status())
                .isEqualTo(401);
        assertThat(browser.button(browser.main(), "Disable root").isEnabled()).as("no admin disables themselves")
                .isFalse();
        browser.assertAccessible("the users");
        browser.screenshot("users");
    }

    @Test
    @Order(7)
    void aTagInUseCannotBeDeletedAndThePanelSaysWhy() throws Exception {
        browser.clickLink("Tags, venues, channels");
        WebElement create = browser.find(By.cssSelector("section[aria-labelledby='create-heading'] form"));
        browser.type(create, "Name", "Meetup");
        browser.click(create, "Create tag");
        browser.waitForText("meetup");
        api.post("/api/events", Map.of("title", "Tagged", "starts_at", "2030-06-01T18:00:00Z", "capacity", 10,
                "tags", List.of("meetup")), api.login(ADMIN));

        browser.click(browser.main(), "Delete tag meetup");
        browser.confirm();
        browser.waitForText("Events still carry the tag; remove it from them first.");
        browser.assertAccessible("the catalog");
        browser.screenshot("catalog");
    }

    @Test
    @Order(8)
    void createsAServiceTokenShownOnceAndRevokesIt() throws Exception {
        browser.clickLink("Service tokens");
        WebElement form = browser.find(By.cssSelector("form[aria-labelledby='token-heading']"));
        browser.type(form, "Name", "cron");
        browser.click(form, "Create token");
        String token = browser.find(By.id("new-token")).getAttribute("value");
        assertThat(token).startsWith("ebst_");
        assertThat(api.get("/api/events-status/pending-start", token).status()).isEqualTo(200);
        browser.settle();
        browser.assertAccessible("the service tokens");
        browser.screenshot("service-tokens");

        browser.click(browser.main(), "Revoke token cron");
        browser.confirm();
        browser.until(d -> browser.main().findElement(By.xpath("//table[caption='Service tokens']")).getText()
                .contains("revoked"));
        assertThat(api.get("/api/events-status/pending-start", token).status()).isEqualTo(401);
    }

    @Test
    @Order(9)
    void anExpiredSessionGoesBackToTheLogin() throws Exception {
        DirectSql.execute("UPDATE refresh_tokens SET revoked_at = ? WHERE revoked_at IS NULL", Instant.now());
        Thread.sleep(Duration.ofSeconds(TOKEN_SECONDS).plusMillis(1100).toMillis());

        browser.clickLink("Dashboard");

        browser.waitForText("Your session has ended. Please log in again.");
        assertThat(browser.find(By.id("nav")).isDisplayed()).isFalse();
        logIn(ADMIN);
        browser.until(d -> browser.find(By.id("whoami")).getText().equals("Signed in as root"));
        browser.click(browser.find(By.id("account")), "Log out");
        browser.waitForText("You are logged out.");
        assertThat(DirectSql.number("SELECT count(*) FROM refresh_tokens WHERE revoked_at IS NULL")).isZero();
    }

    private void logIn(String username) {
        WebElement form = browser.find(By.cssSelector("section.login form"));
        browser.type(form, "Username", username);
        browser.type(form, "Password", "password-" + username);
        browser.click(form, "Log in");
    }
}
