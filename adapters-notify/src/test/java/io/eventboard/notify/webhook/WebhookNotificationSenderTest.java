package io.eventboard.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The webhook sender in a Micronaut context, against a real local HTTP server. */
class WebhookNotificationSenderTest {

    private static final String SECRET = "test-webhook-secret-0123456789abcdef";

    private static ApplicationContext context;
    private static WebhookNotificationSender sender;
    private RecordingHttpServer server;

    @BeforeAll
    static void start() {
        context = ApplicationContext.builder().environmentPropertySource(false)
                .properties(Map.of("webhook.secret", SECRET, "webhook.allow-private", "true",
                        "webhook.read-timeout", "2s"))
                .start();
        sender = context.getBean(WebhookNotificationSender.class);
        // the first request of a JVM loads and links the whole client; keep that out of the timed tests
        try (RecordingHttpServer warmUp = new RecordingHttpServer()) {
            sender.send(TestNotifications.to(DeliveryChannel.WEBHOOK, warmUp.url("/warm-up")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @BeforeEach
    void startServer() throws IOException {
        server = new RecordingHttpServer();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void theSenderIsTheWebhookChannelAmongTheContextsSenders() {
        assertThat(sender.channel()).isEqualTo(DeliveryChannel.WEBHOOK);
        assertThat(context.getBeansOfType(NotificationSender.class)).extracting(NotificationSender::channel)
                .contains(DeliveryChannel.WEBHOOK);
    }

    @Test
    void postsTheNotificationAsSignedJson() throws Exception {
        server.answer(204, "");
        Notification notification = TestNotifications.to(DeliveryChannel.WEBHOOK, server.url("/hooks/eventboard?k=1"));
        Instant before = Instant.now();

        assertThat(sender.send(notification)).isEqualTo(Delivery.delivered());

        assertThat(server.requests()).hasSize(1);
        RecordingHttpServer.Request request = server.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/hooks/eventboard");
        assertThat(request.header("Content-Type")).startsWith("application/json");
        Map<String, Object> body = context.getBean(JsonMapper.class).readValue(request.body(),
                Argument.mapOf(String.class, Object.class));
        assertThat(body).containsOnlyKeys("id", "kind", "subject", "message", "created_at");
        assertThat(body.get("id")).isEqualTo(notification.id().toString());
        assertThat(body.get("kind")).isEqualTo("custom");
        assertThat(body.get("subject")).isEqualTo("Booking confirmed: Jazz night");
        assertThat(body.get("message")).isEqualTo("Your seat at \"Jazz night\" is booked.");
        assertThat(body.get("created_at")).isEqualTo(notification.createdAt().toString());
        assertThat(request.header("X-Eventboard-Signature")).isEqualTo("sha256=" + hmac(SECRET, request.body()));
        assertThat(WebhookSignature.verify(SECRET, request.body(), request.header("X-Eventboard-Signature"))).isTrue();
        assertThat(WebhookSignature.verify("another secret", request.body(), request.header("X-Eventboard-Signature")))
                .isFalse();
        assertThat(request.header("Idempotency-Key")).isEqualTo(notification.id().toString());
        long timestamp = Long.parseLong(request.header("X-Eventboard-Timestamp"));
        assertThat(timestamp).isBetween(before.getEpochSecond(), Instant.now().getEpochSecond());
    }

    @Test
    void aRetriedNotificationKeepsItsIdempotencyKey() {
        server.answer(200, "{}");
        Notification notification = TestNotifications.to(DeliveryChannel.WEBHOOK, server.url("/hook"));

        sender.send(notification);
        sender.send(notification);

        assertThat(server.requests()).extracting(r -> r.header("Idempotency-Key"))
                .containsExactly(notification.id().toString(), notification.id().toString());
    }

    @Test
    void aServerErrorIsRetryable() {
        server.answer(500, "oops");

        assertThat(sender.send(TestNotifications.to(DeliveryChannel.WEBHOOK, server.url("/hook"))))
                .isEqualTo(new Delivery.Failed("webhook answered 500", true, null));
    }

    @Test
    void unavailableWithRetryAfterWaitsAsAsked() {
        server.answer(503, "", Map.of("Retry-After", "120"));

        assertThat(sender.send(TestNotifications.to(DeliveryChannel.WEBHOOK, server.url("/hook"))))
                .isEqualTo(new Delivery.Failed("webhook answered 503", true, Duration.ofSeconds(120)));
    }

    @Test
    void tooManyRequestsIsRetryableAfterTheRetryAfter() {
        server.answer(429, "", Map.of("Retry-After", "30"));

        assertThat(sender.send(TestNotifications.to(DeliveryChannel.WEBHOOK, server.url("/hook"))))
                .isEqualTo(new Delivery.Failed("webhook answered 429", true, Duration.ofSeconds(30)));
    }

    @Test
    void aClientErrorIsPermanent() {
        server.answer(404, "no such hook");

        assertThat(sender.send(TestNotifications.to(DeliveryChannel.WEBHOOK, server.url("/hook"))))
                .isEqualTo(new Delivery.Failed("webhook answered 404", false, null));
    }

    @Test
    void redirectsAreNotFollowed() {
        server.answer(302, "", Map.of("Location", "http://169.254.169.254/latest/meta-data/"));

        assertThat(sender.send(TestNotifications.to(DeliveryChannel.WEBHOOK, server.url("/hook"))))
                .isEqualTo(new Delivery.Failed("webhook answered 302", false, null));
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aSlowReceiverTimesOutRetryably() {
        server.answer(200, "{}").delay(Duration.ofSeconds(6));
        long started = System.nanoTime();

        assertThat(sender.send(TestNotifications.to(DeliveryChannel.WEBHOOK, server.url("/slow"))))
                .isEqualTo(new Delivery.Failed("webhook timed out", true, null));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aReceiverThatIsDownIsRetryable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        Delivery delivery = sender.send(TestNotifications.to(DeliveryChannel.WEBHOOK,
                "http://127.0.0.1:" + closedPort + "/hook"));

        assertThat(delivery).isInstanceOfSatisfying(Delivery.Failed.class, failed -> {
            assertThat(failed.retryable()).isTrue();
            assertThat(failed.error()).startsWith("webhook connection failed");
        });
    }

    @Test
    void aUrlThePolicyRefusesIsAPermanentFailure() {
        assertThat(sender.send(TestNotifications.to(DeliveryChannel.WEBHOOK, "ftp://127.0.0.1/hook")))
                .isEqualTo(new Delivery.Failed("webhook address refused: only http and https URLs are allowed", false,
                        null));
        assertThat(sender.send(TestNotifications.to(DeliveryChannel.WEBHOOK, "http://169.254.169.254/latest")))
                .isEqualTo(new Delivery.Failed(
                        "webhook address refused: 169.254.169.254 is a cloud metadata address", false, null));
    }

    @Test
    void aHostThatDoesNotResolveIsRetryable() {
        Delivery delivery = sender.send(TestNotifications.to(DeliveryChannel.WEBHOOK, "http://no-such-host.invalid/x"));

        assertThat(delivery).isEqualTo(new Delivery.Failed(
                "webhook address unresolved: host no-such-host.invalid does not resolve", true, null));
    }

    @Test
    void everySendLogsOneLineWithoutTheMessageOrTheUrlPath() {
        server.answer(500, "");
        Notification notification = TestNotifications.to(DeliveryChannel.WEBHOOK, server.url("/secret-path-token"));

        try (LogCapture log = new LogCapture()) {
            sender.send(notification);

            assertThat(log.lines()).singleElement().satisfies(line -> assertThat(line)
                    .contains("id=" + notification.id(), "channel=WEBHOOK", "attempt=1", "outcome=retryable",
                            "duration=", "peer=127.0.0.1", "webhook answered 500")
                    .doesNotContain("secret-path-token", "Jazz night", SECRET));
        }
    }

    @Test
    void withoutAllowPrivateLoopbackWebhooksAreRefusedBeforeAnyCall() {
        try (ApplicationContext strict = ApplicationContext.builder().environmentPropertySource(false)
                .properties(Map.of("webhook.secret", SECRET)).start()) {
            NotificationSender strictSender = strict.getBean(WebhookNotificationSender.class);

            assertThat(strictSender.send(TestNotifications.to(DeliveryChannel.WEBHOOK, server.url("/hook"))))
                    .isEqualTo(new Delivery.Failed("webhook address refused: 127.0.0.1 is a loopback address", false,
                            null));
            assertThat(strictSender.send(TestNotifications.to(DeliveryChannel.WEBHOOK,
                    "http://localhost:" + server.port() + "/hook")))
                    .isInstanceOfSatisfying(Delivery.Failed.class, failed -> {
                        assertThat(failed.retryable()).isFalse();
                        assertThat(failed.error()).startsWith("webhook address refused: localhost resolves to ");
                    });
            assertThat(server.requests()).isEmpty();
        }
    }

    @Test
    void aNameThatRebindsToLoopbackAfterTheCheckIsNotCalled() {
        server.answer(200, "{}");
        try (ApplicationContext rebinding = ApplicationContext.builder().environmentPropertySource(false)
                .properties(Map.of("webhook.secret", SECRET, RebindingDnsFactory.ENABLED, "true")).start()) {
            NotificationSender rebindingSender = rebinding.getBean(WebhookNotificationSender.class);

            Delivery delivery = rebindingSender.send(TestNotifications.to(DeliveryChannel.WEBHOOK,
                    "http://" + RebindingDnsFactory.HOST + ":" + server.port() + "/hook"));

            assertThat(delivery).isEqualTo(new Delivery.Failed("webhook address refused: " + RebindingDnsFactory.HOST
                    + " resolves to 127.0.0.1, a loopback address", false, null));
            assertThat(server.requests()).isEmpty();
        }
    }

    @Test
    void withoutASecretThereIsNoWebhookChannel() {
        try (ApplicationContext unconfigured = ApplicationContext.builder().environmentPropertySource(false).start()) {
            assertThat(unconfigured.findBean(WebhookNotificationSender.class)).isEmpty();
            assertThat(unconfigured.findBean(WebhookUrlPolicy.class)).isPresent();
        }
    }

    private static String hmac(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
