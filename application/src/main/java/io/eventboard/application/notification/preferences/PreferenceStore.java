package io.eventboard.application.notification.preferences;

import io.eventboard.domain.notification.NotificationPreferences;
import io.eventboard.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/** Port: each user's notification preferences; a user who never chose has none stored. */
public interface PreferenceStore {

    Optional<NotificationPreferences> find(UserId user);

    /** Stores (or replaces) the user's preferences. */
    void save(UserId user, NotificationPreferences preferences, Instant now);
}
