package io.eventboard.domain.notification;

import io.eventboard.domain.common.Validation;
import io.eventboard.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a notification goes: a channel and an address on it (email address, Telegram chat id, webhook URL).
 * Notifications about a user's own bookings also name the user, so they show in the user's inbox.
 */
public record Recipient(DeliveryChannel channel, UserId user, String address) {

    public Recipient {
        Objects.requireNonNull(channel, "channel");
        new Validation()
                .require(channel != DeliveryChannel.IN_APP || user != null, "recipient",
                        "an in-app notification needs a user")
                .require(channel == DeliveryChannel.IN_APP || channel == DeliveryChannel.LOG
                        || (address != null && !address.isBlank()), "recipient", "is required for " + channel)
                .require(address == null || address.length() <= 2_000, "recipient", "must be at most 2000 characters")
                .check();
    }

    public static Recipient inbox(UserId user) {
        return new Recipient(DeliveryChannel.IN_APP, user, null);
    }

    public Optional<UserId> userId() {
        return Optional.ofNullable(user);
    }
}
