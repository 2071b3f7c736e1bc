package io.eventboard.domain.waitlist;

/** A person in line waits for a seat, or has been offered one that is held for them until the offer expires. */
public enum WaitlistStatus {
    WAITING,
    OFFERED
}
