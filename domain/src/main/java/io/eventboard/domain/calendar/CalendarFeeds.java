package io.eventboard.domain.calendar;

import io.eventboard.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * Port: each user's private calendar feed link, known to us only by the hash of its secret. A user has at most
 * one live link; making a new one replaces the old, which stops working at once.
 */
public interface CalendarFeeds {

    void replace(UserId user, String secretHash, Instant now);

    /** The user whose live link has this secret hash. */
    Optional<UserId> owner(String secretHash);

    /** Whether the user had a link to revoke. */
    boolean revoke(UserId user);
}
