package io.eventboard.domain.testdata;

import io.eventboard.domain.event.EventId;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationId;
import io.eventboard.domain.notification.NotificationKind;
import io.eventboard.domain.notification.NotificationStatus;
import io.eventboard.domain.notification.Recipient;
import io.eventboard.domain.user.UserId;
import java.time.Instant;
import java.util.UUID;

/**
 * Test notifications with sensible defaults: {@code aNotification().ofKind(EVENT_REMINDER).build()} is a queued
 * in-app reminder, due at {@link TestTime#NOW}. {@link #inStatus}, {@link #withAttempts} and
 * {@link #withLastError} put it anywhere in its lifecycle, as a store would read it back.
 */
public final class NotificationBuilder {

    private NotificationId id = new NotificationId(UUID.randomUUID());
    private Recipient recipient = Recipient.inbox(new UserId(UUID.randomUUID()));
    private NotificationKind kind = NotificationKind.CUSTOM;
    private String subject = "Hello";
    private String body = "A message from Eventboard";
    private String dedupeKey;
    private NotificationStatus status = NotificationStatus.QUEUED;
    private int attempts;
    private String lastError;
    private Instant now = TestTime.NOW;
    private Instant scheduledAt;
    private Instant sentAt;
    private EventId event;

    private NotificationBuilder() {
    }

    public static NotificationBuilder aNotification() {
        return new NotificationBuilder();
    }

    public NotificationBuilder withId(NotificationId id) {
        this.id = id;
        return this;
    }

    public NotificationBuilder to(Recipient recipient) {
        this.recipient = recipient;
        return this;
    }

    public NotificationBuilder by(DeliveryChannel channel, String address) {
        this.recipient = new Recipient(channel, null, address);
        return this;
    }

    public NotificationBuilder ofKind(NotificationKind kind) {
        this.kind = kind;
        return this;
    }

    public NotificationBuilder withSubject(String subject) {
        this.subject = subject;
        return this;
    }

    public NotificationBuilder withBody(String body) {
        this.body = body;
        return this;
    }

    public NotificationBuilder about(EventId event) {
        this.event = event;
        return this;
    }

    public NotificationBuilder dedupedBy(String dedupeKey) {
        this.dedupeKey = dedupeKey;
        return this;
    }

    public NotificationBuilder inStatus(NotificationStatus status) {
        this.status = status;
        if (status == NotificationStatus.SENT && sentAt == null) {
            sentAt = now;
        }
        return this;
    }

    public NotificationBuilder withAttempts(int attempts) {
        this.attempts = attempts;
        return this;
    }

    public NotificationBuilder withLastError(String lastError) {
        this.lastError = lastError;
        return this;
    }

    /** The instant the notification was created (and is due, unless {@link #scheduledAt} says later). */
    public NotificationBuilder at(Instant now) {
        this.now = now;
        return this;
    }

    public NotificationBuilder scheduledAt(Instant scheduledAt) {
        this.scheduledAt = scheduledAt;
        return this;
    }

    /** Queued as the domain queues it, then moved to the status, attempts and error asked for. */
    public Notification build() {
        Notification queued = Notification.queue(id, recipient, kind, subject, body,
                dedupeKey != null ? dedupeKey : "test:" + id, scheduledAt, now);
        return new Notification(queued.id(), queued.recipient(), queued.kind(), queued.subject(), queued.body(),
                queued.priority(), queued.dedupeKey(), status, attempts, lastError, queued.createdAt(),
                queued.scheduledAt(), queued.nextAttemptAt(), queued.updatedAt(), sentAt, event);
    }
}
