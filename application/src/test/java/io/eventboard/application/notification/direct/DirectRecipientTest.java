package io.eventboard.application.notification.direct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.common.FieldError;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Recipient;
import io.eventboard.domain.user.UserAccount;
import org.junit.jupiter.api.Test;

class DirectRecipientTest {

    private final TestBoard board = TestBoard.now();
    private final DirectRecipient recipients = board.directRecipient();

    private FieldError refusal(String channel, String address) {
        return catchThrowableOfType(() -> recipients.resolve(channel, address), InvalidInput.class).errors().get(0);
    }

    @Test
    void aChannelAndAnAddressTheSeedNames() {
        assertThat(recipients.resolve("telegram", " 123456789 "))
                .isEqualTo(new Recipient(DeliveryChannel.TELEGRAM, null, "123456789"));
        assertThat(recipients.resolve("EMAIL", "user@example.com"))
                .isEqualTo(new Recipient(DeliveryChannel.EMAIL, null, "user@example.com"));
        assertThat(recipients.resolve("log", null)).isEqualTo(new Recipient(DeliveryChannel.LOG, null, null));
    }

    @Test
    void inAppNamesAnExistingUserById() {
        UserAccount ann = board.givenAccount("ann", "password-ann");

        assertThat(recipients.resolve("in_app", ann.id().toString())).isEqualTo(Recipient.inbox(ann.id()));
        assertThat(refusal("in_app", "not-a-uuid").field()).isEqualTo("recipient");
        assertThat(refusal("in_app", board.aUser().toString()).field()).isEqualTo("recipient");
        assertThat(refusal("in_app", null).field()).isEqualTo("recipient");
    }

    @Test
    void unknownOrMissingChannelsAreRefused() {
        assertThat(refusal("sms", "1")).isEqualTo(new FieldError("channel",
                "must be one of email, telegram, webhook, log, in_app"));
        assertThat(refusal(" ", "1")).isEqualTo(new FieldError("channel", "is required"));
        assertThat(refusal(null, "1").field()).isEqualTo("channel");
    }

    @Test
    void addressesAreRequiredBoundedAndCheckedByThePolicy() {
        board.addressPolicy().refuse(DeliveryChannel.EMAIL, "nope", "must be an email address");

        assertThat(refusal("email", " ")).isEqualTo(new FieldError("recipient", "is required for email"));
        assertThat(refusal("email", "nope")).isEqualTo(new FieldError("recipient", "must be an email address"));
        assertThat(refusal("webhook", "https://x.org/" + "a".repeat(2_000)).message())
                .isEqualTo("must be at most 2000 characters");
    }
}
