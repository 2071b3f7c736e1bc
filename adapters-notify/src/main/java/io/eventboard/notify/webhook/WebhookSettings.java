package io.eventboard.notify.webhook;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * The webhook channel: {@code WEBHOOK_SECRET} signs every body (the channel exists only when it is set),
 * {@code WEBHOOK_ALLOW_PRIVATE} lets webhooks reach private and loopback addresses (tests, local setups), and
 * {@code WEBHOOK_CONNECT_TIMEOUT} / {@code WEBHOOK_READ_TIMEOUT} bound each call.
 */
@ConfigurationProperties("webhook")
public record WebhookSettings(
        @Nullable String secret,
        @Bindable(defaultValue = "false") boolean allowPrivate,
        @Bindable(defaultValue = "PT2S") Duration connectTimeout,
        @Bindable(defaultValue = "PT5S") Duration readTimeout) {

    public WebhookSettings {
        secret = secret == null || secret.isEmpty() ? null : secret;
        requirePositive(connectTimeout, "WEBHOOK_CONNECT_TIMEOUT");
        requirePositive(readTimeout, "WEBHOOK_READ_TIMEOUT");
    }

    @Override
    public String toString() {
        return "WebhookSettings[secret=" + (secret == null ? "unset" : "***") + ", allowPrivate=" + allowPrivate
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }
}
