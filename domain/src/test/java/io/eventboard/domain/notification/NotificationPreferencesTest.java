package io.eventboard.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.eventboard.domain.common.FieldError;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.user.UserId;
import org.junit.jupiter.api.Test;

class NotificationPreferencesTest {

    private final UserId ann = UserId.of("0190a3c2-5b1e-7c3a-9f1d-2e4b6a8c0d1e");

    @Test
    void withNothingConfiguredNoticesGoToTheInboxAndTheLog() {
        assertThat(NotificationPreferences.DEFAULT.noExternalChannel()).isTrue();
        assertThat(NotificationPreferences.DEFAULT.recipients(ann, "ann@example.org", "ann"))
                .containsExactly(Recipient.inbox(ann), new Recipient(DeliveryChannel.LOG, ann, "ann"));
    }

    @Test
    void eachExternalChannelThatIsOnReplacesTheLog() {
        NotificationPreferences all = new NotificationPreferences(true, "123456", "https://hooks.example.org/x");

        assertThat(all.noExternalChannel()).isFalse();
        assertThat(all.recipients(ann, "ann@example.org", "ann")).containsExactly(Recipient.inbox(ann),
                new Recipient(DeliveryChannel.EMAIL, ann, "ann@example.org"),
                new Recipient(DeliveryChannel.TELEGRAM, ann, "123456"),
                new Recipient(DeliveryChannel.WEBHOOK, ann, "https://hooks.example.org/x"));
        assertThat(new NotificationPreferences(false, "@eventboard_news", null).recipients(ann, null, "ann"))
                .extracting(Recipient::channel).containsExactly(DeliveryChannel.IN_APP, DeliveryChannel.TELEGRAM);
    }

    @Test
    void emailWithoutAnAddressFallsBackToTheLog() {
        assertThat(new NotificationPreferences(true, null, null).recipients(ann, " ", "ann"))
                .extracting(Recipient::channel).containsExactly(DeliveryChannel.IN_APP, DeliveryChannel.LOG);
    }

    @Test
    void blankTextsMeanNotSet() {
        NotificationPreferences preferences = new NotificationPreferences(false, "  ", "");

        assertThat(preferences).isEqualTo(NotificationPreferences.DEFAULT);
        assertThat(new NotificationPreferences(false, " -1001234 ", null).telegramChatId()).isEqualTo("-1001234");
    }

    @Test
    void aBadChatIdOrWebhookUrlIsRefusedNamingTheField() {
        InvalidInput refusal = catchThrowableOfType(() -> new NotificationPreferences(false, "12ab", "ftp://x"),
                InvalidInput.class);

        assertThat(refusal.errors()).extracting(FieldError::field).containsExactly("telegramChatId", "webhookUrl");
        assertThat(catchThrowableOfType(() -> new NotificationPreferences(false, null,
                "https://x.org/" + "a".repeat(NotificationPreferences.MAX_WEBHOOK_URL)), InvalidInput.class)
                .errors()).extracting(FieldError::message).containsExactly("must be at most 2000 characters");
        assertThat(NotificationPreferences.isTelegramChat("@abc")).isFalse();
        assertThat(NotificationPreferences.isTelegramChat(null)).isFalse();
        assertThat(new NotificationPreferences(false, null, "HTTP://hooks.example.org").webhookUrl())
                .isEqualTo("HTTP://hooks.example.org");
    }
}
