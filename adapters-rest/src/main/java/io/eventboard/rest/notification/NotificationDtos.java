package io.eventboard.rest.notification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.eventboard.application.notification.admin.DeliveryLog;
import io.eventboard.application.notification.inbox.NotificationView;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationPreferences;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** The notification API on the wire. */
public final class NotificationDtos {

    private NotificationDtos() {
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "DirectNotificationRequest", description = "A message to send directly on one channel.")
    public record DirectNotificationRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED, type = "string",
                    allowableValues = {"email", "telegram", "webhook", "log", "in_app"}, example = "telegram")
            String channel,
            @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "The address on the channel: an email "
                    + "address, a numeric Telegram chat id or @channel, a public http(s) webhook URL, a user's id "
                    + "for in_app; optional for log", example = "123456789")
            String recipient,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "The text, 1-10000 characters",
                    example = "Hello from Eventboard")
            String message,
            @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "At most 200 characters",
                    example = "Hello")
            String subject,
            @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Send not before this instant; at once "
                    + "when absent or past", example = "2030-02-01T10:00:00Z")
            Instant scheduledAt) {
    }

    @Serdeable
    @Schema(name = "NotificationAccepted", description = "The queued notification's id and status.")
    public record NotificationAccepted(
            @Schema(requiredMode = RequiredMode.REQUIRED) UUID id,
            @Schema(requiredMode = RequiredMode.REQUIRED, type = "string",
                    allowableValues = {"queued", "sending", "sent", "failed"}, example = "queued") String status) {

        static NotificationAccepted of(Notification notification) {
            return new NotificationAccepted(notification.id().value(), lower(notification.status().name()));
        }
    }

    @Serdeable
    @Schema(name = "NotificationResource", description = "One notification and its delivery state. error, "
            + "scheduled_at, sent_at and read_at are null when they have no value.")
    public record NotificationResource(
            @Schema(requiredMode = RequiredMode.REQUIRED) UUID id,
            @Schema(requiredMode = RequiredMode.REQUIRED, type = "string",
                    allowableValues = {"email", "telegram", "webhook", "log", "in_app"}) String channel,
            @Schema(description = "The address on the channel (email address, chat id, webhook URL); null for "
                    + "in_app and for log without one", nullable = true, example = "ada@example.org")
            @JsonInclude(JsonInclude.Include.ALWAYS) String recipient,
            @Schema(description = "The account it is about or for, when there is one", nullable = true)
            @JsonInclude(JsonInclude.Include.ALWAYS) UUID userId,
            @Schema(requiredMode = RequiredMode.REQUIRED, type = "string",
                    allowableValues = {"booking_confirmed", "booking_cancelled", "event_reminder", "event_cancelled",
                            "event_changed", "waitlist_promoted", "waitlist_offered", "custom"}) String kind,
            @Schema(requiredMode = RequiredMode.REQUIRED, type = "string",
                    allowableValues = {"queued", "sending", "sent", "failed"}, example = "sent") String status,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "Sends started so far") int attempts,
            @Schema(description = "The last attempt's error", nullable = true)
            @JsonInclude(JsonInclude.Include.ALWAYS) String error,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "Empty when none")
            @JsonInclude(JsonInclude.Include.ALWAYS) String subject,
            @Schema(requiredMode = RequiredMode.REQUIRED) String message,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "Whether its reader marked it read "
                    + "(in_app notifications)") boolean read,
            @Schema(nullable = true) @JsonInclude(JsonInclude.Include.ALWAYS) Instant readAt,
            @Schema(requiredMode = RequiredMode.REQUIRED) Instant createdAt,
            @Schema(requiredMode = RequiredMode.REQUIRED) Instant updatedAt,
            @Schema(nullable = true) @JsonInclude(JsonInclude.Include.ALWAYS) Instant scheduledAt,
            @Schema(nullable = true) @JsonInclude(JsonInclude.Include.ALWAYS) Instant sentAt) {

        static NotificationResource of(NotificationView view) {
            Notification n = view.notification();
            return new NotificationResource(n.id().value(), lower(n.channel().name()), n.recipient().address(),
                    n.recipient().userId().map(user -> user.value()).orElse(null), lower(n.kind().name()),
                    lower(n.status().name()), n.attempts(), n.lastError(), n.subject(), n.body(), view.read(),
                    view.readAt(), n.createdAt(), n.updatedAt(), n.scheduledAt(), n.sentAt());
        }
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "NotificationPreferences", description = "The external channels the caller hears on, besides "
            + "the in-app inbox (always on). When none is on, notices go to the server log.")
    public record PreferencesBody(
            @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Email to the account's address "
                    + "(false when absent)") Boolean emailEnabled,
            @Schema(nullable = true, description = "A numeric Telegram chat id or an @channel name; null: off",
                    example = "123456789")
            @JsonInclude(JsonInclude.Include.ALWAYS) String telegramChatId,
            @Schema(nullable = true, description = "A public http(s) URL to POST signed notices to; null: off",
                    example = "https://hooks.example.org/eventboard")
            @JsonInclude(JsonInclude.Include.ALWAYS) String webhookUrl) {

        static PreferencesBody of(NotificationPreferences preferences) {
            return new PreferencesBody(preferences.emailEnabled(), preferences.telegramChatId(),
                    preferences.webhookUrl());
        }

        NotificationPreferences toPreferences() {
            return new NotificationPreferences(Boolean.TRUE.equals(emailEnabled), telegramChatId, webhookUrl);
        }
    }

    @Serdeable
    @Schema(name = "HourlyDeliveries", description = "Notifications sent, and failed for good, in one UTC hour.")
    public record HourlyDeliveriesResource(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "The hour's start",
                    example = "2030-01-31T18:00:00Z") Instant hour,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "120") long sent,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "2") long failed) {

        static HourlyDeliveriesResource of(DeliveryLog.HourlyDeliveries hour) {
            return new HourlyDeliveriesResource(hour.hour(), hour.sent(), hour.failed());
        }
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
