package io.eventboard.application.notification.inbox;

import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.user.UserId;

/** A user's own inbox: the in-app notifications addressed to them, newest first, each read or not. */
public final class ListInbox {

    private final NotificationReads reads;

    public ListInbox(NotificationReads reads) {
        this.reads = reads;
    }

    public Page<NotificationView> of(UserId user, PageRequest page) {
        return reads.inbox(user, page);
    }
}
