package io.eventboard.notify.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.domain.notification.Delivery;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationSender;
import io.eventboard.notify.LogCapture;
import io.eventboard.notify.TestNotifications;
import io.eventboard.notify.http.RecordingHttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Telegram sender in a Micronaut context, against a local HTTP server standing in for the Bot API. */
class TelegramNotificationSenderTest {

    private static final String TOKEN = "123456789:AAE-test_Token";
    private static final String OK = "{\"ok\":true,\"result\":{\"message_id\":7}}";

    private RecordingHttpServer server;
    private ApplicationContext context;
    private TelegramNotificationSender sender;

    @BeforeEach
    void start() throws IOException {
        server = new RecordingHttpServer();
        context = contextFor("http://127.0.0.1:" + server.port() + "/");
        sender = context.getBean(TelegramNotificationSender.class);
    }

    @AfterEach
    void stop() {
        context.close();
        server.close();
    }

    @Test
    void sendsTheMessageToTheChatThroughSendMessage() throws IOException {
        server.answer(200, OK);
        Notification notification = TestNotifications.to(DeliveryChannel.TELEGRAM, "123456789");

        assertThat(sender.send(notification)).isEqualTo(Delivery.delivered());

        assertThat(server.requests()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/bot" + TOKEN + "/sendMessage");
            assertThat(request.header("Content-Type")).startsWith("application/json");
            assertThat(json(request.body())).containsExactly(
                    Map.entry("chat_id", 123456789),
                    Map.entry("text", "Booking confirmed: Jazz night\n\nYour seat at \"Jazz night\" is booked."));
        });
        assertThat(context.getBeansOfType(NotificationSender.class)).extracting(NotificationSender::channel)
                .contains(DeliveryChannel.TELEGRAM);
    }

    @Test
    void aChannelUsernameIsSentAsAStringAndAMessageWithoutSubjectAsItIs() throws IOException {
        server.answer(200, OK);

        sender.send(TestNotifications.to(DeliveryChannel.TELEGRAM, "@eventboard_news", "", "Doors open at 7."));

        assertThat(json(server.requests().get(0).body()))
                .containsExactly(Map.entry("chat_id", "@eventboard_news"), Map.entry("text", "Doors open at 7."));
    }

    @Test
    void aTextLongerThanTelegramAllowsIsCut() throws IOException {
        server.answer(200, OK);

        sender.send(TestNotifications.to(DeliveryChannel.TELEGRAM, "-100123", "", "x".repeat(9_000)));

        Map<String, Object> sent = json(server.requests().get(0).body());
        assertThat(sent.get("chat_id")).isEqualTo(-100123);
        assertThat((String) sent.get("text")).hasSize(TelegramNotificationSender.MAX_TEXT).endsWith("x\u2026");
    }

    @Test
    void tooManyRequestsWaitsForTheRetryAfterTelegramGives() {
        server.answer(429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 7\","
                + "\"parameters\":{\"retry_after\":7}}");

        assertThat(sender.send(TestNotifications.to(DeliveryChannel.TELEGRAM, "42"))).isEqualTo(new Delivery.Failed(
                "telegram 429: Too Many Requests: retry after 7", true, Duration.ofSeconds(7)));
    }

    @Test
    void tooManyRequestsWithoutParametersFallsBackToTheRetryAfterHeader() {
        server.answer(429, "", Map.of("Retry-After", "11"));

        assertThat(sender.send(TestNotifications.to(DeliveryChannel.TELEGRAM, "42")))
                .isInstanceOfSatisfying(Delivery.Failed.class, failed -> {
                    assertThat(failed.retryable()).isTrue();
                    assertThat(failed.retryAfter()).isEqualTo(Duration.ofSeconds(11));
                });
    }

    @Test
    void aServerErrorIsRetryable() {
        server.answer(502, "<html>Bad Gateway</html>", Map.of("Content-Type", "text/html"));

        assertThat(sender.send(TestNotifications.to(DeliveryChannel.TELEGRAM, "42")))
                .isInstanceOfSatisfying(Delivery.Failed.class, failed -> {
                    assertThat(failed.retryable()).isTrue();
                    assertThat(failed.retryAfter()).isNull();
                    assertThat(failed.error()).startsWith("telegram 502");
                });
    }

    @Test
    void anInternalServerErrorIsRetryable() {
        server.answer(500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}");

        assertThat(sender.send(TestNotifications.to(DeliveryChannel.TELEGRAM, "42")))
                .isEqualTo(new Delivery.Failed("telegram 500: Internal Server Error", true, null));
    }

    @Test
    void anUnknownChatIsPermanent() {
        server.answer(400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}");

        assertThat(sender.send(TestNotifications.to(DeliveryChannel.TELEGRAM, "42")))
                .isEqualTo(new Delivery.Failed("telegram 400: Bad Request: chat not found", false, null));
    }

    @Test
    void aBlockedBotIsPermanent() {
        server.answer(403, "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}");

        assertThat(sender.send(TestNotifications.to(DeliveryChannel.TELEGRAM, "42")))
                .isEqualTo(new Delivery.Failed("telegram 403: Forbidden: bot was blocked by the user", false, null));
    }

    @Test
    void aSlowApiTimesOutRetryably() {
        server.answer(200, OK).delay(Duration.ofSeconds(6));

        assertThat(sender.send(TestNotifications.to(DeliveryChannel.TELEGRAM, "42")))
                .isEqualTo(new Delivery.Failed("telegram timed out", true, null));
    }

    @Test
    void anUnreachableApiIsRetryableAndTheErrorAndLogNeverShowTheToken() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (ApplicationContext down = contextFor("http://127.0.0.1:" + closedPort);
             LogCapture log = new LogCapture()) {
            Notification notification = TestNotifications.to(DeliveryChannel.TELEGRAM, "42");

            Delivery delivery = down.getBean(TelegramNotificationSender.class).send(notification);

            assertThat(delivery).isInstanceOfSatisfying(Delivery.Failed.class, failed -> {
                assertThat(failed.retryable()).isTrue();
                assertThat(failed.error()).startsWith("telegram connection failed").doesNotContain(TOKEN);
            });
            assertThat(log.lines()).singleElement().satisfies(line -> assertThat(line)
                    .contains("id=" + notification.id(), "channel=TELEGRAM", "attempt=1", "outcome=retryable",
                            "duration=", "peer=127.0.0.1")
                    .doesNotContain(TOKEN, "123456789:", "Jazz night"));
        }
    }

    @Test
    void aDeliveredMessageIsLoggedWithoutItsText() {
        server.answer(200, OK);
        try (LogCapture log = new LogCapture()) {
            Notification notification = TestNotifications.to(DeliveryChannel.TELEGRAM, "42");

            sender.send(notification);

            assertThat(log.lines()).singleElement().satisfies(line -> assertThat(line)
                    .contains("id=" + notification.id(), "channel=TELEGRAM", "outcome=delivered", "peer=127.0.0.1")
                    .doesNotContain(TOKEN, "Jazz night"));
        }
    }

    @Test
    void withoutATokenThereIsNoTelegramChannel() {
        try (ApplicationContext unconfigured = ApplicationContext.builder().environmentPropertySource(false)
                .properties(Map.of("telegram.bot-token", " ")).start()) {
            assertThat(unconfigured.findBean(TelegramNotificationSender.class)).isEmpty();
        }
    }

    @Test
    void settingsRefuseATokenThatIsNotOneAndSayNothingSecret() {
        assertThatThrownBy(() -> new TelegramSettings("123:abc/../x", null, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .hasMessage("TELEGRAM_BOT_TOKEN has characters a bot token does not have");
        assertThatThrownBy(() -> new TelegramSettings(TOKEN, "ftp://x", Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .hasMessageStartingWith("TELEGRAM_API_URL must be an http(s) URL");
        assertThatThrownBy(() -> new TelegramSettings(TOKEN, null, Duration.ZERO, Duration.ofSeconds(1)))
                .hasMessageStartingWith("TELEGRAM_CONNECT_TIMEOUT must be positive");
        TelegramSettings settings = new TelegramSettings(TOKEN, null, Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(settings.apiUrl()).isEqualTo("https://api.telegram.org");
        assertThat(settings.apiHost()).isEqualTo("api.telegram.org");
        assertThat(settings.toString()).doesNotContain(TOKEN);
    }

    private Map<String, Object> json(byte[] body) throws IOException {
        return context.getBean(JsonMapper.class).readValue(body, Argument.mapOf(String.class, Object.class));
    }

    private static ApplicationContext contextFor(String apiUrl) {
        return ApplicationContext.builder().environmentPropertySource(false)
                .properties(Map.of("telegram.bot-token", TOKEN, "telegram.api-url", apiUrl,
                        "telegram.read-timeout", "2s"))
                .start();
    }
}
