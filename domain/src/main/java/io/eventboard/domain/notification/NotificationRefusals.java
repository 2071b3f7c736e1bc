package io.eventboard.domain.notification;

import io.eventboard.domain.common.Rejection;

/** The stable refusals about notifications that are not a state transition. */
public final class NotificationRefusals {

    /** No such notification, or not one the caller may see: the two answer alike, so ids leak nothing. */
    public static final Rejection NOT_FOUND = Rejection.notFound("notification.not-found",
            "No such notification.");

    /** Only admins may act on other people's notifications. */
    public static final Rejection ADMINS_ONLY = Rejection.forbidden("notification.admins-only",
            "Only admins may do this.");

    private NotificationRefusals() {
    }
}
