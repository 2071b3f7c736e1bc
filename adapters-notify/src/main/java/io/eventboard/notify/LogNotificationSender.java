package io.eventboard.notify;

import io.eventboard.domain.notification.Delivery;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationSender;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes notifications to the log: the channel every installation has, and the default until email, Telegram
 * or webhooks are configured (the seed printed notices to the terminal; here that is a real channel). A send
 * waits on nobody, so the dispatcher runs it on its own thread ({@link Reach#LOCAL}).
 */
@Singleton
public final class LogNotificationSender implements NotificationSender {

    private static final Logger LOG = LoggerFactory.getLogger("eventboard.notifications");

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.LOG;
    }

    @Override
    public Reach reach() {
        return Reach.LOCAL;
    }

    @Override
    public Delivery send(Notification notification) {
        LOG.info("notification id={} kind={} to={} subject=\"{}\" body=\"{}\"", notification.id(),
                notification.kind(), notification.recipient().address(), notification.subject(), notification.body());
        return Delivery.delivered();
    }
}
