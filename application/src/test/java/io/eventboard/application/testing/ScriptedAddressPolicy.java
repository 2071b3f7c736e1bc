package io.eventboard.application.testing;

import io.eventboard.application.notification.RecipientAddressPolicy;
import io.eventboard.domain.notification.DeliveryChannel;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Accepts every address except those a test refuses, with the reason it gives. */
public final class ScriptedAddressPolicy implements RecipientAddressPolicy {

    private final Map<String, String> refused = new ConcurrentHashMap<>();

    public ScriptedAddressPolicy refuse(DeliveryChannel channel, String address, String reason) {
        refused.put(channel + " " + address, reason);
        return this;
    }

    @Override
    public Optional<String> refusal(DeliveryChannel channel, String address) {
        return Optional.ofNullable(refused.get(channel + " " + address));
    }
}
