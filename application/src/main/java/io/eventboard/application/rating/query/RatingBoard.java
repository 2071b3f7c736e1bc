package io.eventboard.application.rating.query;

import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.event.EventId;

/** Port: the ratings of an event, newest first. */
public interface RatingBoard {

    Page<RatingView> of(EventId event, PageRequest page);
}
