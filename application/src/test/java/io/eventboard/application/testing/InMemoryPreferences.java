package io.eventboard.application.testing;

import io.eventboard.application.notification.preferences.PreferenceStore;
import io.eventboard.domain.notification.NotificationPreferences;
import io.eventboard.domain.user.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Notification preferences kept in a map. */
public final class InMemoryPreferences implements PreferenceStore {

    private final Map<UserId, NotificationPreferences> preferences = new ConcurrentHashMap<>();

    @Override
    public Optional<NotificationPreferences> find(UserId user) {
        return Optional.ofNullable(preferences.get(user));
    }

    @Override
    public void save(UserId user, NotificationPreferences chosen, Instant now) {
        preferences.put(user, chosen);
    }
}
