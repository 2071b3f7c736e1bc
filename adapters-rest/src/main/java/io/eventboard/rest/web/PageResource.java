package io.eventboard.rest.web;

import io.eventboard.domain.common.Page;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.function.Function;

/**
 * A page on the wire: {@code items}, {@code page} (from 1), {@code size}, {@code total}; {@code total_exact} is
 * false when counting stopped at the cap, and {@code next_cursor} continues the listing with {@code ?after=}.
 */
@Serdeable
public record PageResource<T>(List<T> items, int page, int size, long total, boolean totalExact, String nextCursor) {

    public static <S, T> PageResource<T> of(Page<S> page, Function<? super S, ? extends T> mapper) {
        return new PageResource<>(page.items().stream().<T>map(mapper).toList(), page.page(), page.size(),
                page.total(), page.totalExact(), page.nextCursor());
    }
}
