package io.eventboard.application.notification.direct;

import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.common.Validation;
import io.eventboard.domain.notification.NotificationQueue;
import io.eventboard.domain.notification.Notices;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.Outbox;
import io.eventboard.domain.notification.Recipient;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An admin or a service sends a message directly (seed 003's notification API). It goes through the outbox
 * like every other notice; {@code scheduledAt} holds it back until then.
 */
public final class SendDirectNotification {

    /** {@code dedupeKey}, when given, makes a repeated request return the first notification. */
    public record Command(Recipient recipient, String subject, String message, Instant scheduledAt,
                          String dedupeKey) {
        public Command {
            Objects.requireNonNull(recipient, "recipient");
            new Validation()
                    .requireText(message, "message", Notification.MAX_BODY)
                    .require(subject == null || subject.length() <= Notification.MAX_SUBJECT, "subject",
                            "must be at most " + Notification.MAX_SUBJECT + " characters")
                    .require(dedupeKey == null || (!dedupeKey.isBlank() && dedupeKey.length() <= 200), "dedupeKey",
                            "must be 1-200 characters")
                    .check();
        }
    }

    private final Transactions transactions;
    private final Outbox outbox;
    private final NotificationQueue queue;
    private final Clock clock;

    public SendDirectNotification(Transactions transactions, Outbox outbox, NotificationQueue queue, Clock clock) {
        this.transactions = transactions;
        this.outbox = outbox;
        this.queue = queue;
        this.clock = clock;
    }

    public Notification send(Command command) {
        Instant now = clock.instant();
        String key = command.dedupeKey() == null ? null : "direct:" + command.dedupeKey();
        Notification notification = Notices.direct(command.recipient(), command.subject(), command.message(),
                command.scheduledAt(), key, now);
        return transactions.inTransaction(() -> {
            if (outbox.enqueue(List.of(notification)) == 1) {
                return notification;
            }
            return queue.findByDedupeKey(notification.dedupeKey()).orElseThrow();
        });
    }
}
