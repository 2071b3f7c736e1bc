package io.eventboard.application.notification;

import io.eventboard.domain.notification.DeliveryChannel;
import java.util.Optional;

/**
 * Port: which addresses a channel can deliver to. An address comes from a user or an operator, so it is checked
 * where it enters: an email address's syntax, a Telegram chat id, a webhook URL that must not point into the
 * server's own network.
 */
public interface RecipientAddressPolicy {

    /** Why {@code address} cannot be used on {@code channel}, or empty when it can. */
    Optional<String> refusal(DeliveryChannel channel, String address);
}
