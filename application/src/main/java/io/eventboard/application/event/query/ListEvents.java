package io.eventboard.application.event.query;

import io.eventboard.domain.common.Page;

/** Browse events: filter, sort, page. Exact totals stop at a cap, since counting millions costs more than paging. */
public final class ListEvents {

    public static final long DEFAULT_COUNT_CAP = 10_000;

    private final EventCatalog catalog;
    private final long countCap;

    public ListEvents(EventCatalog catalog, long countCap) {
        if (countCap < 1) {
            throw new IllegalArgumentException("count cap must be positive: " + countCap);
        }
        this.catalog = catalog;
        this.countCap = countCap;
    }

    public Page<EventView> list(EventQuery query) {
        return catalog.search(query, countCap);
    }
}
