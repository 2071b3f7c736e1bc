package io.eventboard.application.notification.retry;

import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationId;
import io.eventboard.domain.notification.NotificationQueue;
import io.eventboard.domain.notification.NotificationRefusals;
import io.eventboard.domain.user.Actor;
import java.time.Clock;

/**
 * An admin puts a FAILED notification back in the queue with a fresh set of attempts; the dispatcher sends it
 * again. Any other state is refused ({@code notification.illegal-transition}).
 */
public final class RetryNotification {

    private final Transactions transactions;
    private final NotificationQueue queue;
    private final Clock clock;

    public RetryNotification(Transactions transactions, NotificationQueue queue, Clock clock) {
        this.transactions = transactions;
        this.queue = queue;
        this.clock = clock;
    }

    public Result<Notification> retry(Actor actor, NotificationId id) {
        if (!actor.isAdmin()) {
            return Result.rejected(NotificationRefusals.ADMINS_ONLY);
        }
        return transactions.inTransaction(() -> queue.findById(id)
                .<Result<Notification>>map(notification -> notification.requeue(clock.instant()).map(requeued -> {
                    queue.update(requeued);
                    return requeued;
                }))
                .orElseGet(() -> Result.rejected(NotificationRefusals.NOT_FOUND)));
    }
}
