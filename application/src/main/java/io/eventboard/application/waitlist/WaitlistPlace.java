package io.eventboard.application.waitlist;

import io.eventboard.domain.event.EventId;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.waitlist.WaitlistEntry;
import io.eventboard.domain.waitlist.WaitlistStatus;
import java.time.Instant;

/** Someone's place in an event's line as they read it: where they stand, and any seat held for them. */
public record WaitlistPlace(EventId event, UserId user, int position, WaitlistStatus status, Instant joinedAt,
                            Instant offerExpiresAt) {

    public static WaitlistPlace of(WaitlistEntry entry, int position) {
        return new WaitlistPlace(entry.event(), entry.user(), position, entry.status(), entry.joinedAt(),
                entry.offerExpiresAt());
    }
}
