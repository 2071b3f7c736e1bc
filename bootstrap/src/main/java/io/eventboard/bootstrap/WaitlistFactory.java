package io.eventboard.bootstrap;

import io.eventboard.application.booking.SeatLedger;
import io.eventboard.application.waitlist.Promotions;
import io.eventboard.application.waitlist.accept.AcceptOffer;
import io.eventboard.application.waitlist.expire.ExpireWaitlistOffers;
import io.eventboard.application.waitlist.join.JoinWaitlist;
import io.eventboard.application.waitlist.leave.LeaveWaitlist;
import io.eventboard.application.waitlist.query.ListWaitlist;
import io.eventboard.application.waitlist.query.ShowMyPlace;
import io.eventboard.domain.booking.Bookings;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.event.Events;
import io.eventboard.domain.waitlist.Waitlists;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Wires the waitlist use cases. */
@Factory
public class WaitlistFactory {

    /** Events whose expired offers one expiry transaction takes back. */
    static final int EXPIRY_BATCH_SIZE = 100;

    @Singleton
    JoinWaitlist joinWaitlist(Transactions transactions, Events events, Bookings bookings, Waitlists waitlists,
                              Clock clock) {
        return new JoinWaitlist(transactions, events, bookings, waitlists, clock);
    }

    @Singleton
    LeaveWaitlist leaveWaitlist(Transactions transactions, Events events, Promotions promotions, Clock clock) {
        return new LeaveWaitlist(transactions, events, promotions, clock);
    }

    @Singleton
    AcceptOffer acceptOffer(SeatLedger ledger) {
        return new AcceptOffer(ledger);
    }

    @Singleton
    ShowMyPlace showMyPlace(Events events, Waitlists waitlists) {
        return new ShowMyPlace(events, waitlists);
    }

    @Singleton
    ListWaitlist listWaitlist(Events events, Waitlists waitlists) {
        return new ListWaitlist(events, waitlists);
    }

    @Singleton
    ExpireWaitlistOffers expireWaitlistOffers(Transactions transactions, Events events, Promotions promotions,
                                              Clock clock) {
        return new ExpireWaitlistOffers(transactions, events, promotions, EXPIRY_BATCH_SIZE, clock);
    }
}
