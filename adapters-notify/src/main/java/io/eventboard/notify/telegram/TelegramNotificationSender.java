package io.eventboard.notify.telegram;

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
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sends notifications as Telegram messages through the Bot API's {@code sendMessage}, as plain text (no parse
 * mode, so nothing in a title is taken for markup). Exists only when {@code TELEGRAM_BOT_TOKEN} is set.
 *
 * <p>A 429 waits for the {@code retry_after} Telegram asks for; a 5xx, a timeout or a failed connection is
 * retryable; any other answer (400 chat not found, 403 bot blocked by the user, 401 bad token) is permanent. The
 * token is part of the request path, so logs name only the API host and errors never carry the token.
 */
@Singleton
@Requires(property = "telegram.bot-token", pattern = ".*\\S.*")
public final class TelegramNotificationSender implements NotificationSender {

    /** Telegram's limit for the text of one message, in UTF-16 code units as Java counts them. */
    static final int MAX_TEXT = 4096;
    private static final Pattern CHAT_ID = Pattern.compile("-?\\d{1,19}");

    private final TelegramSettings settings;
    private final HttpClient client;
    private final JsonMapper json;
    private final String sendMessageUrl;

    public TelegramNotificationSender(TelegramSettings settings,
                                      @Client(configuration = TelegramHttpClientConfiguration.class) HttpClient client,
                                      JsonMapper json) {
        if (settings.botToken() == null) {
            throw new IllegalArgumentException("TELEGRAM_BOT_TOKEN is required for the Telegram channel");
        }
        this.settings = settings;
        this.client = client;
        this.json = json;
        this.sendMessageUrl = settings.apiUrl() + "/bot" + settings.botToken() + "/sendMessage";
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.TELEGRAM;
    }

    @Override
    public Delivery send(Notification notification) {
        long started = System.nanoTime();
        return SendLog.record(notification, DeliveryChannel.TELEGRAM, settings.apiHost(), started,
                scrubbed(deliver(notification)));
    }

    private Delivery deliver(Notification notification) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(message(notification));
        } catch (IOException e) {
            return Delivery.permanent("telegram message could not be written: " + e.getMessage());
        }
        HttpRequest<byte[]> request = HttpRequest.POST(sendMessageUrl, body)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .accept(MediaType.APPLICATION_JSON_TYPE);
        HttpResponse<?> response;
        try {
            response = client.toBlocking().exchange(request, byte[].class);
        } catch (HttpClientResponseException e) {
            response = e.getResponse();
        } catch (RuntimeException e) {
            return HttpOutcomes.transportFailure("telegram", e);
        }
        return outcome(response);
    }

    /** {@code {"chat_id": ..., "text": ...}}: the subject as the first line, then the message. */
    Map<String, Object> message(Notification notification) {
        String address = notification.recipient().address().trim();
        Object chatId = CHAT_ID.matcher(address).matches() ? (Object) Long.parseLong(address) : address;
        String text = notification.subject().isBlank() ? notification.body()
                : notification.subject() + "\n\n" + notification.body();
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("chat_id", chatId);
        message.put("text", truncate(text));
        return message;
    }

    private Delivery outcome(HttpResponse<?> response) {
        int status = response.code();
        Optional<JsonNode> answer = response.getBody(byte[].class).flatMap(this::parse);
        String description = answer.map(node -> node.get("description"))
                .filter(JsonNode::isString).map(JsonNode::getStringValue).orElse(response.reason());
        if (status >= 200 && status < 300) {
            boolean ok = answer.map(node -> node.get("ok")).filter(JsonNode::isBoolean)
                    .map(JsonNode::getBooleanValue).orElse(true);
            return ok ? Delivery.delivered() : Delivery.permanent("telegram " + status + ": " + description);
        }
        String error = "telegram " + status + ": " + description;
        if (status == 429) {
            Duration retryAfter = answer.map(node -> node.get("parameters")).map(node -> node.get("retry_after"))
                    .filter(JsonNode::isNumber).map(node -> Duration.ofSeconds(node.getLongValue()))
                    .flatMap(HttpOutcomes::positiveAndSane)
                    .or(() -> HttpOutcomes.retryAfter(response.getHeaders().get("Retry-After"), Instant.now()))
                    .orElse(null);
            return new Delivery.Failed(error, true, retryAfter);
        }
        if (status >= 500) {
            return Delivery.retryable(error);
        }
        return Delivery.permanent(error);
    }

    private Optional<JsonNode> parse(byte[] body) {
        if (body.length == 0) {
            return Optional.empty();
        }
        try {
            JsonNode node = json.readValue(body, JsonNode.class);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whatever a failure says, it never carries the token (errors are logged and stored with the notification). */
    private Delivery scrubbed(Delivery delivery) {
        if (delivery instanceof Delivery.Failed failed && failed.error() != null
                && failed.error().contains(settings.botToken())) {
            return new Delivery.Failed(failed.error().replace(settings.botToken(), "<token>"), failed.retryable(),
                    failed.retryAfter());
        }
        return delivery;
    }

    private static String truncate(String text) {
        if (text.length() <= MAX_TEXT) {
            return text;
        }
        int cut = MAX_TEXT - 1;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + "\u2026";
    }
}
