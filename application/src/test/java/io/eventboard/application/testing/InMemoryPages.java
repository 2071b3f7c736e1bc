package io.eventboard.application.testing;

import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import java.util.List;

/** Cuts one page out of a whole, already sorted listing, as LIMIT and OFFSET do; the total is exact. */
final class InMemoryPages {

    private InMemoryPages() {
    }

    static <T> Page<T> of(List<T> sorted, PageRequest page) {
        int from = (int) Math.min(page.offset(), sorted.size());
        int to = Math.min(from + page.size(), sorted.size());
        return new Page<>(sorted.subList(from, to), page.page(), page.size(), sorted.size(), true);
    }
}
