package io.eventboard.application.waitlist.expire;

import io.eventboard.application.waitlist.Promotions;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.event.Events;
import io.eventboard.domain.waitlist.SeatQueue;
import io.eventboard.domain.waitlist.Waitlist;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Takes back the waitlist offers that have expired and passes each held seat on to the next in line. Works a
 * batch of events per transaction; events that another worker or a request holds are skipped this round.
 */
public final class ExpireWaitlistOffers {

    private final Transactions transactions;
    private final Events events;
    private final Promotions promotions;
    private final int batchSize;
    private final Clock clock;

    public ExpireWaitlistOffers(Transactions transactions, Events events, Promotions promotions, int batchSize,
                                Clock clock) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive: " + batchSize);
        }
        this.transactions = transactions;
        this.events = events;
        this.promotions = promotions;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    /** Returns how many offers expired. */
    public int expire() {
        Instant now = clock.instant();
        int total = 0;
        int expired;
        do {
            expired = transactions.inTransaction(() -> expireBatch(now));
            total += expired;
        } while (expired > 0);
        return total;
    }

    private int expireBatch(Instant now) {
        List<EventId> claimed = promotions.waitlists().claimExpiredOffers(now, batchSize);
        int expired = 0;
        for (EventId id : claimed) {
            Event event = events.lockById(id).orElseThrow();
            Waitlist line = promotions.waitlists().lineOf(id);
            expired += (int) line.line().stream().filter(entry -> entry.offerExpiredAt(now)).count();
            promotions.store(event, line, SeatQueue.expireOffers(event, line, now), now);
        }
        return expired;
    }
}
