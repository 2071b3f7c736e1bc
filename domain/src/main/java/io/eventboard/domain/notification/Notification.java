package io.eventboard.domain.notification;

import io.eventboard.domain.common.Rejection;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Validation;
import io.eventboard.domain.event.EventId;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A message to one recipient on one channel, kept in the outbox from the moment it is decided until it is
 * sent or given up on. {@code attempts} counts the sends started; {@code dedupeKey} makes a repeated decision
 * (a second reminder run, a retried request) a no-op. {@code event} is the event the notice is about, when
 * there is one: retention deletes it with the event once it has been delivered.
 */
public record Notification(
        NotificationId id, Recipient recipient, NotificationKind kind, String subject, String body,
        Priority priority, String dedupeKey, NotificationStatus status, int attempts, String lastError,
        Instant createdAt, Instant scheduledAt, Instant nextAttemptAt, Instant updatedAt, Instant sentAt,
        EventId event) {

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_BODY = 10_000;
    public static final int MAX_ERROR = 1_000;

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(dedupeKey, "dedupeKey");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        subject = subject == null ? "" : subject;
        new Validation()
                .require(subject.length() <= MAX_SUBJECT, "subject", "must be at most " + MAX_SUBJECT + " characters")
                .requireText(body, "message", MAX_BODY)
                .check();
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative: " + attempts);
        }
    }

    /** A new notification, due at {@code scheduledAt} when given, otherwise at once. */
    public static Notification queue(NotificationId id, Recipient recipient, NotificationKind kind, String subject,
                                     String body, String dedupeKey, Instant scheduledAt, Instant now) {
        Instant due = scheduledAt != null && scheduledAt.isAfter(now) ? scheduledAt : now;
        return new Notification(id, recipient, kind, subject, body, kind.priority(), dedupeKey,
                NotificationStatus.QUEUED, 0, null, now, scheduledAt, due, now, null, null);
    }

    /** This notification, as a notice about {@code event}. */
    public Notification about(EventId event) {
        return new Notification(id, recipient, kind, subject, body, priority, dedupeKey, status, attempts, lastError,
                createdAt, scheduledAt, nextAttemptAt, updatedAt, sentAt, event);
    }

    public Optional<EventId> aboutEvent() {
        return Optional.ofNullable(event);
    }

    public DeliveryChannel channel() {
        return recipient.channel();
    }

    public Optional<String> error() {
        return Optional.ofNullable(lastError);
    }

    public boolean isDue(Instant now) {
        return status == NotificationStatus.QUEUED && !nextAttemptAt.isAfter(now);
    }

    /** A dispatcher takes the notification to send it: one more attempt starts. */
    public Result<Notification> claim(Instant now) {
        return moveTo(NotificationStatus.SENDING).map(next -> next.with(attempts + 1, lastError, nextAttemptAt, now, null));
    }

    public Result<Notification> delivered(Instant now) {
        return moveTo(NotificationStatus.SENT).map(next -> next.with(attempts, null, nextAttemptAt, now, now));
    }

    /**
     * The attempt failed. A retryable failure goes back to the queue after the policy's delay (or the
     * peer's {@code retryAfter}, when longer) until the attempts run out; then, or for a permanent failure,
     * the notification is FAILED and keeps the error.
     */
    public Result<Notification> failed(String error, boolean retryable, Duration retryAfter, RetryPolicy policy,
                                       double jitter, Instant now) {
        if (status != NotificationStatus.SENDING) {
            // only a send in progress can fail; a late report must not requeue a FAILED notification
            return Result.rejected(illegalTransition(NotificationStatus.FAILED));
        }
        String kept = truncate(error == null || error.isBlank() ? "unknown error" : error);
        if (retryable && policy.allowsAnotherAttempt(attempts)) {
            Duration delay = policy.delayAfter(attempts, jitter);
            if (retryAfter != null && retryAfter.compareTo(delay) > 0) {
                delay = retryAfter;
            }
            Instant retryAt = now.plus(delay);
            return moveTo(NotificationStatus.QUEUED).map(next -> next.with(attempts, kept, retryAt, now, null));
        }
        return moveTo(NotificationStatus.FAILED).map(next -> next.with(attempts, kept, nextAttemptAt, now, null));
    }

    /**
     * The dispatcher that claimed the notification did not report back in time (it died mid-send). The send
     * may or may not have happened; the notification goes back to the queue while attempts remain.
     */
    public Result<Notification> leaseExpired(RetryPolicy policy, Instant now) {
        return failed("delivery outcome unknown: the sender's lease expired", true, Duration.ZERO, policy, 0, now);
    }

    /** An operator puts a FAILED notification back in the queue with a fresh set of attempts. */
    public Result<Notification> requeue(Instant now) {
        if (status != NotificationStatus.FAILED) {
            // SENDING → QUEUED is the dispatcher's retry; an operator must not reset attempts mid-send
            return Result.rejected(illegalTransition(NotificationStatus.QUEUED));
        }
        return moveTo(NotificationStatus.QUEUED).map(next -> next.with(0, lastError, now, now, null));
    }

    private Result<Notification> moveTo(NotificationStatus next) {
        if (!status.canMoveTo(next)) {
            return Result.rejected(illegalTransition(next));
        }
        return Result.accepted(new Notification(id, recipient, kind, subject, body, priority, dedupeKey, next,
                attempts, lastError, createdAt, scheduledAt, nextAttemptAt, updatedAt, sentAt, event));
    }

    private Rejection illegalTransition(NotificationStatus next) {
        return Rejection.conflict("notification.illegal-transition",
                "A notification that is " + status.name().toLowerCase(Locale.ROOT) + " cannot become "
                        + next.name().toLowerCase(Locale.ROOT) + ".");
    }

    private Notification with(int attempts, String lastError, Instant nextAttemptAt, Instant now, Instant sentAt) {
        return new Notification(id, recipient, kind, subject, body, priority, dedupeKey, status, attempts, lastError,
                createdAt, scheduledAt, nextAttemptAt, now, sentAt, event);
    }

    private static String truncate(String error) {
        return error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }
}
