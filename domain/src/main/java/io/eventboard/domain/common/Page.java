package io.eventboard.domain.common;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a listing. {@code totalExact} is false when counting stopped at a cap: {@code total} is then a
 * lower bound, because exact counts over millions of rows cost far more than the page itself.
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalExact) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total, totalExact);
    }
}
