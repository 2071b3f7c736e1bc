package io.eventboard.domain.waitlist;

import io.eventboard.domain.event.EventId;
import io.eventboard.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/** One person in an event's line; an offered entry holds a seat until {@code offerExpiresAt}. */
public record WaitlistEntry(EventId event, UserId user, WaitlistStatus status, Instant joinedAt,
                            Instant offerExpiresAt) {

    public WaitlistEntry {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(joinedAt, "joinedAt");
        if ((status == WaitlistStatus.OFFERED) != (offerExpiresAt != null)) {
            throw new IllegalArgumentException("an entry has an offer expiry exactly when it is offered a seat");
        }
    }

    public static WaitlistEntry waiting(EventId event, UserId user, Instant now) {
        return new WaitlistEntry(event, user, WaitlistStatus.WAITING, now, null);
    }

    public boolean isWaiting() {
        return status == WaitlistStatus.WAITING;
    }

    public boolean isOffered() {
        return status == WaitlistStatus.OFFERED;
    }

    /** An offer lapses at its expiry instant, not a moment later. */
    public boolean offerExpiredAt(Instant now) {
        return isOffered() && !now.isBefore(offerExpiresAt);
    }

    WaitlistEntry offered(Instant expiresAt) {
        return new WaitlistEntry(event, user, WaitlistStatus.OFFERED, joinedAt, expiresAt);
    }
}
