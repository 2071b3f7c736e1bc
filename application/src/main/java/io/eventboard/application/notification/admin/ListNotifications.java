package io.eventboard.application.notification.admin;

import io.eventboard.application.notification.inbox.NotificationView;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.notification.NotificationRefusals;
import io.eventboard.domain.user.Actor;

/**
 * Every notification of every recipient, newest first, filtered by status and channel: what operators look at
 * to see what is queued, what was sent and what failed and why. Admins only.
 */
public final class ListNotifications {

    private final DeliveryLog log;
    private final long countCap;

    public ListNotifications(DeliveryLog log, long countCap) {
        if (countCap < 1) {
            throw new IllegalArgumentException("the count cap must be positive, was " + countCap);
        }
        this.log = log;
        this.countCap = countCap;
    }

    public Result<Page<NotificationView>> list(Actor actor, NotificationFilter filter, PageRequest page) {
        if (!actor.isAdmin()) {
            return Result.rejected(NotificationRefusals.ADMINS_ONLY);
        }
        return Result.accepted(log.list(filter, page, countCap));
    }
}
