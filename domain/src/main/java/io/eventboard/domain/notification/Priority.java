package io.eventboard.domain.notification;

/**
 * Dispatch order, as the seed's Celery queues had it: what a person is waiting for right now goes before
 * bulk messages. A higher rank is sent first.
 */
public enum Priority {
    BULK(0),
    NORMAL(5),
    URGENT(10);

    private final int rank;

    Priority(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    public static Priority ofRank(int rank) {
        for (Priority priority : values()) {
            if (priority.rank == rank) {
                return priority;
            }
        }
        throw new IllegalArgumentException("no priority with rank " + rank);
    }
}
