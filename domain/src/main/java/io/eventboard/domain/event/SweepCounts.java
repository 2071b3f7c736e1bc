package io.eventboard.domain.event;

/** How many events a status sweep moved along each arrow; the seed's response shape. */
public record SweepCounts(long scheduledToOngoing, long ongoingToCompleted) {

    public static final SweepCounts NONE = new SweepCounts(0, 0);

    public long totalUpdated() {
        return scheduledToOngoing + ongoingToCompleted;
    }

    public SweepCounts plus(SweepCounts other) {
        return new SweepCounts(scheduledToOngoing + other.scheduledToOngoing,
                ongoingToCompleted + other.ongoingToCompleted);
    }
}
