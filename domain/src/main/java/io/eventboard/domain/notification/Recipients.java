package io.eventboard.domain.notification;

import io.eventboard.domain.user.UserId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Port: the channels a user wants to hear from us on; the in-app inbox is always among them. */
public interface Recipients {

    List<Recipient> of(UserId user);

    /**
     * The channels of several users at once, for work that tells many people (reminders): an adapter answers
     * with one lookup instead of one per user. A user who does not exist maps to an empty list.
     */
    default Map<UserId, List<Recipient>> ofAll(Collection<UserId> users) {
        Map<UserId, List<Recipient>> all = new LinkedHashMap<>();
        users.forEach(user -> all.computeIfAbsent(user, this::of));
        return all;
    }
}
