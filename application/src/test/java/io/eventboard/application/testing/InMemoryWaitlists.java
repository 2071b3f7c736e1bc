package io.eventboard.application.testing;

import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.waitlist.Waitlist;
import io.eventboard.domain.waitlist.WaitlistEntry;
import io.eventboard.domain.waitlist.WaitlistPolicy;
import io.eventboard.domain.waitlist.Waitlists;
import java.time.Instant;
import java.util.List;

/**
 * {@link Waitlists} over the in-memory database. Lines are claimed under the database's one lock, so there is no
 * one else to skip; like the real schema, a line belongs to an existing event.
 */
public final class InMemoryWaitlists implements Waitlists {

    private final InMemoryDatabase db;

    public InMemoryWaitlists(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Waitlist lineOf(EventId event) {
        return db.read(t -> t.waitlists.getOrDefault(event, Waitlist.empty(event, WaitlistPolicy.DEFAULT)));
    }

    @Override
    public void save(Waitlist waitlist) {
        db.change("Waitlists.save", t -> {
            t.requireEvent(waitlist.event());
            t.waitlists.put(waitlist.event(), waitlist);
        });
    }

    @Override
    public void choosePolicy(EventId event, WaitlistPolicy policy) {
        db.change("Waitlists.choosePolicy", t -> {
            t.requireEvent(event);
            Waitlist line = t.waitlists.getOrDefault(event, Waitlist.empty(event, WaitlistPolicy.DEFAULT));
            t.waitlists.put(event, new Waitlist(event, policy, line.line()));
        });
    }

    @Override
    public Page<WaitlistEntry> page(EventId event, PageRequest request) {
        return InMemoryPages.of(lineOf(event).line(), request);
    }

    @Override
    public List<EventId> claimExpiredOffers(Instant now, int limit) {
        return db.write("Waitlists.claimExpiredOffers", t -> t.waitlists.values().stream()
                .filter(line -> line.line().stream().anyMatch(entry -> entry.offerExpiredAt(now)))
                .map(Waitlist::event).sorted((a, b) -> a.value().compareTo(b.value())).limit(limit).toList());
    }
}
