package io.eventboard.application.rating.query;

import io.eventboard.application.event.query.EventCatalog;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.event.EventRefusals;

/** The ratings of one event, newest first; an unknown event is refused rather than shown as unrated. */
public final class ListRatings {

    private final EventCatalog catalog;
    private final RatingBoard board;

    public ListRatings(EventCatalog catalog, RatingBoard board) {
        this.catalog = catalog;
        this.board = board;
    }

    public Result<Page<RatingView>> of(EventId event, PageRequest page) {
        if (catalog.find(event).isEmpty()) {
            return Result.rejected(EventRefusals.NOT_FOUND);
        }
        return Result.accepted(board.of(event, page));
    }
}
