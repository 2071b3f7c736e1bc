package io.eventboard.notify;

import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notices;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.Recipient;
import io.eventboard.domain.testdata.TestTime;

/** Notifications as a sender receives them: claimed by a dispatcher, so on their first attempt. */
public final class TestNotifications {

    private TestNotifications() {
    }

    public static Notification to(DeliveryChannel channel, String address, String subject, String body) {
        return Notices.direct(new Recipient(channel, null, address), subject, body, null, null, TestTime.NOW)
                .claim(TestTime.NOW).value();
    }

    public static Notification to(DeliveryChannel channel, String address) {
        return to(channel, address, "Booking confirmed: Jazz night", "Your seat at \"Jazz night\" is booked.");
    }
}
