package io.eventboard.persistence.jdbc;

import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Builds a {@link Page} from rows read with one row of look-ahead ({@code LIMIT size + 1}): the extra row says
 * whether a next page exists without a count, and is dropped from the items.
 */
public final class Pages {

    /** For counts that are always exact. */
    public static final long NO_CAP = Long.MAX_VALUE;

    private Pages() {
    }

    /**
     * @param fetched  the rows read, at most {@code request.size() + 1}
     * @param keyset   whether the rows continue after a cursor (then the offset of the first row is unknown)
     * @param countCap beyond this many rows the total is reported as {@code countCap}, not exact
     * @param counter  counts the matching rows; it may stop counting once it passes {@code countCap}
     * @param cursorOf the cursor that continues after an item, or null where the listing has none
     */
    public static <T> Page<T> of(List<T> fetched, PageRequest request, boolean keyset, long countCap,
                                 LongSupplier counter, Function<? super T, String> cursorOf) {
        boolean more = fetched.size() > request.size();
        List<T> items = more ? fetched.subList(0, request.size()) : fetched;
        String next = more && cursorOf != null ? cursorOf.apply(items.get(items.size() - 1)) : null;
        long counted = knownTotal(items, request, keyset, more) ? request.offset() + items.size()
                : counter.getAsLong();
        boolean exact = counted <= countCap;
        return new Page<>(items, request.page(), request.size(), exact ? counted : countCap, exact, next);
    }

    /**
     * The last page of an offset listing tells its own total, unless it is empty past the end (then the rows
     * before it are unknown): no count query is needed for short listings.
     */
    private static boolean knownTotal(List<?> items, PageRequest request, boolean keyset, boolean more) {
        return !keyset && !more && (!items.isEmpty() || request.offset() == 0);
    }
}
