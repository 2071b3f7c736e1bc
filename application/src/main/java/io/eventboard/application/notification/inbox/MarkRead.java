package io.eventboard.application.notification.inbox;

import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.NotificationId;
import io.eventboard.domain.notification.NotificationRefusals;
import io.eventboard.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;

/**
 * A user marks one of their inbox notifications read. Marking it again keeps the first time. Someone else's
 * notification, or one not in an inbox, is not found.
 */
public final class MarkRead {

    private final Transactions transactions;
    private final NotificationReads reads;
    private final Clock clock;

    public MarkRead(Transactions transactions, NotificationReads reads, Clock clock) {
        this.transactions = transactions;
        this.reads = reads;
        this.clock = clock;
    }

    public Result<NotificationView> markRead(UserId reader, NotificationId id) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> reads.find(id)
                .filter(view -> view.isFor(reader) && view.notification().channel() == DeliveryChannel.IN_APP)
                .<Result<NotificationView>>map(view -> {
                    if (view.read()) {
                        return Result.accepted(view);
                    }
                    reads.markRead(id, now);
                    return Result.accepted(new NotificationView(view.notification(), now));
                })
                .orElseGet(() -> Result.rejected(NotificationRefusals.NOT_FOUND)));
    }
}
