package io.eventboard.application.notification.show;

import io.eventboard.application.notification.inbox.NotificationReads;
import io.eventboard.application.notification.inbox.NotificationView;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.notification.NotificationId;
import io.eventboard.domain.notification.NotificationRefusals;
import io.eventboard.domain.user.Actor;

/** One notification with its delivery state: users see their own (on any channel), admins every one. */
public final class ShowNotification {

    private final NotificationReads reads;

    public ShowNotification(NotificationReads reads) {
        this.reads = reads;
    }

    public Result<NotificationView> show(Actor actor, NotificationId id) {
        return reads.find(id)
                .filter(view -> actor.isAdmin() || view.isFor(actor.id()))
                .map(Result::accepted)
                .orElseGet(() -> Result.rejected(NotificationRefusals.NOT_FOUND));
    }
}
