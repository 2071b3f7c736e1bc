package io.eventboard.domain.waitlist;

/** What a freed seat does for the first person in line: becomes their booking at once, or is offered to them. */
public enum WaitlistMode {
    AUTO,
    OFFER
}
