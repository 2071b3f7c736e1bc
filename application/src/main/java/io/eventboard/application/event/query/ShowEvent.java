package io.eventboard.application.event.query;

import io.eventboard.domain.common.Result;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.event.EventRefusals;

/** One event with everything a detail page shows. */
public final class ShowEvent {

    private final EventCatalog catalog;

    public ShowEvent(EventCatalog catalog) {
        this.catalog = catalog;
    }

    public Result<EventView> show(EventId id) {
        return catalog.find(id).map(Result::accepted).orElseGet(() -> Result.rejected(EventRefusals.NOT_FOUND));
    }
}
