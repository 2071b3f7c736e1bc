package io.eventboard.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.notify.webhook.WebhookUrlPolicy;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class ChannelAddressPolicyTest {

    private final ChannelAddressPolicy policy = new ChannelAddressPolicy(new WebhookUrlPolicy(false,
            ChannelAddressPolicyTest::resolve));

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        return switch (host) {
            case "hooks.example.org" -> new InetAddress[] {InetAddress.getByName("93.184.216.34")};
            case "internal.example.org" -> new InetAddress[] {InetAddress.getByName("10.0.0.5")};
            default -> InetAddress.getAllByName(host.matches("[0-9.]+") ? host : "invalid.invalid");
        };
    }

    @Test
    void emailAddressesNeedANameAndADomain() {
        assertThat(policy.refusal(DeliveryChannel.EMAIL, "user@example.com")).isEmpty();
        assertThat(policy.refusal(DeliveryChannel.EMAIL, "user@localhost")).contains("must be an email address");
        assertThat(policy.refusal(DeliveryChannel.EMAIL, "not an address")).isPresent();
        assertThat(policy.refusal(DeliveryChannel.EMAIL, null)).isPresent();
    }

    @Test
    void telegramTakesANumericChatIdOrAChannelName() {
        assertThat(policy.refusal(DeliveryChannel.TELEGRAM, "123456789")).isEmpty();
        assertThat(policy.refusal(DeliveryChannel.TELEGRAM, "-1001234567890")).isEmpty();
        assertThat(policy.refusal(DeliveryChannel.TELEGRAM, "@eventboard")).isEmpty();
        assertThat(policy.refusal(DeliveryChannel.TELEGRAM, "ann")).contains(
                "must be a numeric Telegram chat id or an @channel name");
    }

    @Test
    void webhooksFollowTheUrlPolicy() {
        assertThat(policy.refusal(DeliveryChannel.WEBHOOK, "https://hooks.example.org/x")).isEmpty();
        assertThat(policy.refusal(DeliveryChannel.WEBHOOK, "https://internal.example.org/x")).hasValueSatisfying(
                reason -> assertThat(reason).contains("a private address"));
        assertThat(policy.refusal(DeliveryChannel.WEBHOOK, "http://127.0.0.1/x")).hasValueSatisfying(
                reason -> assertThat(reason).contains("loopback"));
        assertThat(policy.refusal(DeliveryChannel.WEBHOOK, "ftp://hooks.example.org")).isPresent();
    }

    @Test
    void theLogAndTheInboxTakeAnything() {
        assertThat(policy.refusal(DeliveryChannel.LOG, "anything")).isEmpty();
        assertThat(policy.refusal(DeliveryChannel.IN_APP, null)).isEmpty();
    }
}
