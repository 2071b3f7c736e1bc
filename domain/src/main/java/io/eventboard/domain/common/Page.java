package io.eventboard.domain.common;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a listing. {@code totalExact} is false when counting stopped at a cap: {@code total} is then a
 * lower bound, because exact counts over millions of rows cost far more than the page itself.
 * {@code nextCursor}, when not null, continues the listing after this page's last item (keyset paging, as
 * cheap on page 10,000 as on page 1).
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalExact, String nextCursor) {

    public Page {
        items = List.copyOf(items);
    }

    public Page(List<T> items, int page, int size, long total, boolean totalExact) {
        this(items, page, size, total, totalExact, null);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total, totalExact, nextCursor);
    }
}
