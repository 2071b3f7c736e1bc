package io.eventboard.domain.waitlist;

import io.eventboard.domain.common.Rejection;

/** The stable codes of every refusal about waitlists; the booking rules' codes apply as well. */
public final class WaitlistRefusals {

    public static final Rejection SEATS_AVAILABLE = Rejection.conflict("waitlist.seats-available",
            "The event still has free seats: book one instead of joining the waitlist.");
    public static final Rejection ALREADY_WAITING = Rejection.conflict("waitlist.already-waiting",
            "You are already on the waitlist of this event.");
    public static final Rejection NOT_WAITING = Rejection.notFound("waitlist.not-waiting",
            "You are not on the waitlist of this event.");
    public static final Rejection NO_OFFER = Rejection.conflict("waitlist.no-offer",
            "No seat is offered to you yet; you are still waiting.");
    public static final Rejection OFFER_EXPIRED = Rejection.conflict("waitlist.offer-expired",
            "The seat offered to you was held until its expiry and has passed on.");
    public static final Rejection NOT_ORGANIZER = Rejection.forbidden("waitlist.not-organizer",
            "Only the organizer of the event (or an admin) may see its whole waitlist.");

    private WaitlistRefusals() {
    }
}
