package io.eventboard.application.notification.direct;

import io.eventboard.application.notification.RecipientAddressPolicy;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Recipient;
import io.eventboard.domain.user.UserAccounts;
import io.eventboard.domain.user.UserId;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads the recipient of a direct message as a client names it: a channel ({@code email}, {@code telegram},
 * {@code webhook}, {@code log}, {@code in_app}) and an address on it (for {@code in_app} a user's id). Refuses,
 * naming {@code channel} or {@code recipient}, what no sender could deliver to.
 */
public final class DirectRecipient {

    static final String CHANNELS = Arrays.stream(DeliveryChannel.values())
            .map(channel -> channel.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));

    private final RecipientAddressPolicy policy;
    private final UserAccounts accounts;

    public DirectRecipient(RecipientAddressPolicy policy, UserAccounts accounts) {
        this.policy = policy;
        this.accounts = accounts;
    }

    public Recipient resolve(String channelName, String address) {
        DeliveryChannel channel = channel(channelName);
        String trimmed = address == null || address.isBlank() ? null : address.strip();
        if (channel == DeliveryChannel.IN_APP) {
            UserId user = user(trimmed);
            return Recipient.inbox(user);
        }
        if (trimmed == null && channel != DeliveryChannel.LOG) {
            throw InvalidInput.of("recipient", "is required for " + channel.name().toLowerCase(Locale.ROOT));
        }
        if (trimmed != null && trimmed.length() > 2_000) {
            throw InvalidInput.of("recipient", "must be at most 2000 characters");
        }
        if (trimmed != null) {
            policy.refusal(channel, trimmed).ifPresent(reason -> {
                throw InvalidInput.of("recipient", reason);
            });
        }
        return new Recipient(channel, null, trimmed);
    }

    private static DeliveryChannel channel(String name) {
        if (name == null || name.isBlank()) {
            throw InvalidInput.of("channel", "is required");
        }
        try {
            return DeliveryChannel.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("channel", "must be one of " + CHANNELS);
        }
    }

    private UserId user(String text) {
        UserId user;
        try {
            user = text == null ? null : new UserId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            user = null;
        }
        if (user == null || accounts.findById(user).isEmpty()) {
            throw InvalidInput.of("recipient", "must be the id of a user for in_app");
        }
        return user;
    }
}
