package io.eventboard.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeliveryTest {

    @Test
    void aSenderReportsDeliveredRetryableOrPermanent() {
        assertThat(Delivery.delivered()).isInstanceOf(Delivery.Delivered.class);
        assertThat(Delivery.retryable("timeout")).isEqualTo(new Delivery.Failed("timeout", true, null));
        assertThat(Delivery.permanent("no such user")).isEqualTo(new Delivery.Failed("no such user", false, null));
    }

    @Test
    void aNotificationIdPrintsAsItsUuid() {
        NotificationId id = new NotificationId(java.util.UUID.randomUUID());

        assertThat(id).hasToString(id.value().toString());
    }
}
