package io.eventboard.application.event.query;

import io.eventboard.domain.common.PageRequest;
import java.util.Objects;

/**
 * A listing request: filter, order and page. {@code after}, when given, is the cursor of the previous page's
 * last item; the listing then continues from there (keyset paging) instead of counting off {@code page}.
 */
public record EventQuery(EventFilter filter, EventSort sort, PageRequest page, String after) {

    public EventQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(page, "page");
    }
}
