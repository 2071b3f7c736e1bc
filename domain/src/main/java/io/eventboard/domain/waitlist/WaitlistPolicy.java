package io.eventboard.domain.waitlist;

import io.eventboard.domain.common.Validation;
import java.time.Duration;
import java.util.Objects;

/**
 * The organizer's choice of how an event's waitlist hands out freed seats, and how long an offer is held (kept
 * to the second).
 */
public record WaitlistPolicy(WaitlistMode mode, Duration offerHold) {

    public static final Duration DEFAULT_HOLD = Duration.ofHours(12);
    public static final Duration MIN_HOLD = Duration.ofMinutes(1);
    public static final Duration MAX_HOLD = Duration.ofDays(30);
    public static final WaitlistPolicy DEFAULT = new WaitlistPolicy(WaitlistMode.AUTO, DEFAULT_HOLD);

    public WaitlistPolicy {
        Objects.requireNonNull(mode, "mode");
        offerHold = offerHold == null ? null : Duration.ofSeconds(offerHold.getSeconds());
        new Validation()
                .requirePresent(offerHold, "waitlistOfferHold")
                .check();
        new Validation()
                .require(offerHold.compareTo(MIN_HOLD) >= 0 && offerHold.compareTo(MAX_HOLD) <= 0,
                        "waitlistOfferHold", "must be between " + MIN_HOLD + " and " + MAX_HOLD)
                .check();
    }

    /** This policy with the given parts replaced; a null part stays as it is. */
    public WaitlistPolicy with(WaitlistMode otherMode, Duration otherHold) {
        return new WaitlistPolicy(otherMode != null ? otherMode : mode, otherHold != null ? otherHold : offerHold);
    }
}
