package io.eventboard.domain.notification;

/** Port: delivers notifications on one channel. Implementations report failures as values, not exceptions. */
public interface NotificationSender {

    DeliveryChannel channel();

    Delivery send(Notification notification);

    /** Where a send goes, which decides how the dispatcher calls the sender. */
    default Reach reach() {
        return Reach.PEER;
    }

    enum Reach {
        /** A send waits on a peer (an SMTP server, a webhook): the sends of a batch run side by side. */
        PEER,
        /**
         * A send writes locally and waits on nobody (the log): it runs on the dispatching thread, since handing
         * it to another thread costs more than the send.
         */
        LOCAL,
        /**
         * The stored row is the delivery (the inbox): the claim itself marks it sent, in the same statement, and
         * {@link #send} is never called. It saves a write per notification and cannot deliver twice.
         */
        STORED
    }
}
