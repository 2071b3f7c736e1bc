package io.eventboard.notify;

import io.eventboard.application.notification.RecipientAddressPolicy;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.NotificationPreferences;
import io.eventboard.notify.webhook.WebhookUrlPolicy;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The addresses each sender can deliver to: an email address in the usual {@code name@domain.tld} form, a
 * numeric Telegram chat id or an {@code @channel}, a webhook URL the {@link WebhookUrlPolicy} allows (not into
 * the server's own network). The log takes anything; the inbox is addressed by user, not by address.
 */
@Singleton
public final class ChannelAddressPolicy implements RecipientAddressPolicy {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private final WebhookUrlPolicy webhooks;

    public ChannelAddressPolicy(WebhookUrlPolicy webhooks) {
        this.webhooks = webhooks;
    }

    @Override
    public Optional<String> refusal(DeliveryChannel channel, String address) {
        return switch (channel) {
            case EMAIL -> address != null && address.length() <= 254 && EMAIL.matcher(address).matches()
                    ? Optional.empty() : Optional.of("must be an email address");
            case TELEGRAM -> NotificationPreferences.isTelegramChat(address)
                    ? Optional.empty() : Optional.of("must be a numeric Telegram chat id or an @channel name");
            case WEBHOOK -> webhooks.refusal(address);
            case LOG, IN_APP -> Optional.empty();
        };
    }
}
