package io.eventboard.domain.booking;

import io.eventboard.domain.common.Rejection;

/** The stable codes of every refusal about bookings. */
public final class BookingRefusals {

    public static final Rejection NOT_BOOKABLE = Rejection.conflict("booking.event-not-bookable",
            "Only scheduled events can be booked; this one is ongoing, completed or cancelled.");
    public static final Rejection ALREADY_STARTED = Rejection.conflict("booking.event-started",
            "The event has already started.");
    public static final Rejection ALREADY_BOOKED = Rejection.conflict("booking.already-booked",
            "You already hold a seat at this event.");
    public static final Rejection SOLD_OUT = Rejection.conflict("booking.sold-out",
            "Every seat of the event is taken.");
    public static final Rejection NOT_FOUND = Rejection.notFound("booking.not-found",
            "You hold no active booking for this event.");
    public static final Rejection TOO_LATE_TO_CANCEL = Rejection.conflict("booking.cancel-too-late",
            "A booking can only be cancelled before the event starts.");

    private BookingRefusals() {
    }
}
