package io.eventboard.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.domain.common.FieldError;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.user.UserId;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class RecipientTest {

    private final UserId bob = new UserId(UUID.randomUUID());

    @Test
    void anInAppRecipientIsAUser() {
        Recipient inbox = Recipient.inbox(bob);

        assertThat(inbox.channel()).isEqualTo(DeliveryChannel.IN_APP);
        assertThat(inbox.userId()).contains(bob);
        assertRefused(() -> new Recipient(DeliveryChannel.IN_APP, null, null));
    }

    @Test
    void everyExternalChannelNeedsAnAddress() {
        for (DeliveryChannel channel : new DeliveryChannel[] {
                DeliveryChannel.EMAIL, DeliveryChannel.TELEGRAM, DeliveryChannel.WEBHOOK}) {
            assertRefused(() -> new Recipient(channel, bob, null));
            assertRefused(() -> new Recipient(channel, bob, "  "));
            assertThat(new Recipient(channel, null, "somewhere").userId()).isEmpty();
        }
    }

    @Test
    void theLogNeedsNoAddress() {
        assertThat(new Recipient(DeliveryChannel.LOG, null, null).address()).isNull();
    }

    @Test
    void anAddressIsAtMost2000Characters() {
        assertRefused(() -> new Recipient(DeliveryChannel.WEBHOOK, null, "h".repeat(2001)));
        assertThat(new Recipient(DeliveryChannel.WEBHOOK, null, "h".repeat(2000)).address()).hasSize(2000);
    }

    @Test
    void theChannelIsRequired() {
        assertThatThrownBy(() -> new Recipient(null, bob, "x")).isInstanceOf(NullPointerException.class);
    }

    private static void assertRefused(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("recipient"));
    }
}
