package io.eventboard.notify.webhook;

import io.eventboard.domain.notification.Delivery;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationSender;
import io.eventboard.notify.SendLog;
import io.eventboard.notify.http.HttpOutcomes;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts notifications as JSON to the URL of their recipient:
 * {@code {"id", "kind", "subject", "message", "created_at"}}, with {@code X-Eventboard-Signature: sha256=<hex HMAC>}
 * of the raw body keyed with {@code WEBHOOK_SECRET} (see {@link WebhookSignature}), {@code Idempotency-Key: <id>}
 * (the same on every retry, so a receiver can drop repeats) and {@code X-Eventboard-Timestamp: <unix seconds>}.
 * Exists only when {@code WEBHOOK_SECRET} is set: unsigned webhooks could be forged by anyone who knows the URL.
 *
 * <p>Before each call the URL is checked with {@link WebhookUrlPolicy} (a refused one fails for good: "webhook
 * address refused: ..."), and the client's resolver checks again the address it connects to. A 2xx is delivered;
 * a 5xx, a timeout or a failed connection is retried, a 429 or 503 after its {@code Retry-After}; any other status
 * (4xx, a redirect) is permanent. Logs and errors name the host only: a webhook URL's path may be its secret.
 */
@Singleton
@Requires(property = "webhook.secret", pattern = "(?s).+")
public final class WebhookNotificationSender implements NotificationSender {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Shorter secrets still sign, but are easier to guess; the server says so once at startup. */
    static final int RECOMMENDED_SECRET_LENGTH = 32;
    private static final Logger LOG = LoggerFactory.getLogger(WebhookNotificationSender.class);
    public static final String TIMESTAMP = "X-Eventboard-Timestamp";

    private final WebhookSettings settings;
    private final WebhookUrlPolicy policy;
    private final HttpClient client;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    public WebhookNotificationSender(WebhookSettings settings, WebhookUrlPolicy policy,
                                     @Client(configuration = WebhookHttpClientConfiguration.class) HttpClient client,
                                     JsonMapper json) {
        if (settings.secret() == null) {
            throw new IllegalArgumentException("WEBHOOK_SECRET is required for the webhook channel");
        }
        if (settings.secret().length() < RECOMMENDED_SECRET_LENGTH) {
            LOG.warn("WEBHOOK_SECRET is shorter than {} characters; receivers verify signatures with it, so use a "
                    + "long random value", RECOMMENDED_SECRET_LENGTH);
        }
        this.settings = settings;
        this.policy = policy;
        this.client = client;
        this.json = json;
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.WEBHOOK;
    }

    @Override
    public Delivery send(Notification notification) {
        long started = System.nanoTime();
        WebhookUrlPolicy.Check check = policy.check(notification.recipient().address());
        if (check instanceof WebhookUrlPolicy.Allowed allowed) {
            return SendLog.record(notification, DeliveryChannel.WEBHOOK, allowed.uri().getHost(), started,
                    deliver(notification, allowed));
        }
        Delivery refused = check instanceof WebhookUrlPolicy.Refused r
                ? Delivery.permanent("webhook address refused: " + r.reason())
                : Delivery.retryable("webhook address unresolved: " + ((WebhookUrlPolicy.Unresolved) check).reason());
        return SendLog.record(notification, DeliveryChannel.WEBHOOK, "-", started, refused);
    }

    /** The JSON body: the notification as a receiver needs it, in snake_case. */
    Map<String, Object> payload(Notification notification) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", notification.id().toString());
        payload.put("kind", notification.kind().name().toLowerCase(Locale.ROOT));
        payload.put("subject", notification.subject());
        payload.put("message", notification.body());
        payload.put("created_at", notification.createdAt().toString());
        return payload;
    }

    private Delivery deliver(Notification notification, WebhookUrlPolicy.Allowed target) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(payload(notification));
        } catch (IOException e) {
            return Delivery.permanent("webhook body could not be written: " + e.getMessage());
        }
        HttpRequest<byte[]> request = HttpRequest.POST(target.uri(), body)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .header(WebhookSignature.HEADER, WebhookSignature.sign(settings.secret(), body))
                .header(IDEMPOTENCY_KEY, notification.id().toString())
                .header(TIMESTAMP, String.valueOf(clock.instant().getEpochSecond()))
                .header("User-Agent", "Eventboard-Webhook/1");
        HttpResponse<?> response;
        try {
            response = client.toBlocking().exchange(request);
        } catch (HttpClientResponseException e) {
            response = e.getResponse();
        } catch (RuntimeException e) {
            Optional<WebhookUrlPolicy.RefusedAddressException> refused =
                    HttpOutcomes.cause(e, WebhookUrlPolicy.RefusedAddressException.class);
            if (refused.isPresent()) {
                return Delivery.permanent("webhook address refused: " + refused.get().getMessage());
            }
            return HttpOutcomes.transportFailure("webhook", e);
        }
        return outcome(response);
    }

    private Delivery outcome(HttpResponse<?> response) {
        int status = response.code();
        if (status >= 200 && status < 300) {
            return Delivery.delivered();
        }
        String error = "webhook answered " + status;
        if (status == 429 || status >= 500) {
            Instant now = clock.instant();
            return new Delivery.Failed(error, true,
                    HttpOutcomes.retryAfter(response.getHeaders().get("Retry-After"), now).orElse(null));
        }
        return Delivery.permanent(error);
    }
}
