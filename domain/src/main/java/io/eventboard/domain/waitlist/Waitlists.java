package io.eventboard.domain.waitlist;

import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.event.EventId;
import java.time.Instant;
import java.util.List;

/** Port: the stored waitlists, with each event's waitlist policy. */
public interface Waitlists {

    /** The event's line in order, with its policy; writers call it while they hold the event's lock. */
    Waitlist lineOf(EventId event);

    /** Makes the stored line of {@code waitlist.event()} exactly this one, keeping the order of those who stay. */
    void save(Waitlist waitlist);

    void choosePolicy(EventId event, WaitlistPolicy policy);

    /** One page of the line, in order (positions follow from the page's offset). */
    Page<WaitlistEntry> page(EventId event, PageRequest request);

    /**
     * Events with an offer that has expired by {@code now}, at most {@code limit}, each locked like
     * {@code Events.lockById} until the transaction ends; events another transaction holds are skipped, so
     * several workers share the work.
     */
    List<EventId> claimExpiredOffers(Instant now, int limit);
}
