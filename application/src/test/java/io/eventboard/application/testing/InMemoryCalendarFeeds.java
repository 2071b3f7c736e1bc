package io.eventboard.application.testing;

import io.eventboard.domain.calendar.CalendarFeeds;
import io.eventboard.domain.user.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link CalendarFeeds} in memory, as the {@code calendar_feeds} table behaves: one secret hash per user. */
public final class InMemoryCalendarFeeds implements CalendarFeeds {

    private final Map<UserId, String> hashes = new HashMap<>();

    @Override
    public synchronized void replace(UserId user, String secretHash, Instant now) {
        if (hashes.containsValue(secretHash)) {
            throw new IllegalStateException("unique constraint violated: secret_hash");
        }
        hashes.put(user, secretHash);
    }

    @Override
    public synchronized Optional<UserId> owner(String secretHash) {
        return hashes.entrySet().stream().filter(entry -> entry.getValue().equals(secretHash))
                .map(Map.Entry::getKey).findFirst();
    }

    @Override
    public synchronized boolean revoke(UserId user) {
        return hashes.remove(user) != null;
    }
}
