package io.eventboard.persistence.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.application.event.query.EventFilter;
import io.eventboard.application.event.query.EventQuery;
import io.eventboard.application.event.query.EventSort;
import io.eventboard.application.event.query.EventView;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ListingCacheTest {

    private static final Duration REFRESH = Duration.ofSeconds(1);
    private static final EventQuery FIRST_PAGE = new EventQuery(EventFilter.NONE, EventSort.DEFAULT,
            new PageRequest(1, 10), null);
    private static final EventQuery SECOND_PAGE = new EventQuery(EventFilter.NONE, EventSort.DEFAULT,
            new PageRequest(2, 10), null);

    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong nanos = new AtomicLong();
    private final AtomicLong reads = new AtomicLong();
    private final Queue<Runnable> background = new ArrayDeque<>();
    private final ListingCache cache = cache(REFRESH);

    @Test
    void aListingAskedForAgainIsServedWithoutReadingTheDatabase() {
        Page<EventView> first = cache.search(FIRST_PAGE, 1000);

        assertThat(cache.search(FIRST_PAGE, 1000)).isSameAs(first);
        assertThat(reads).hasValue(1);
    }

    @Test
    void listingsOfAnotherPageOrCountCapAreReadOnTheirOwn() {
        cache.search(FIRST_PAGE, 1000);
        cache.search(SECOND_PAGE, 1000);
        cache.search(FIRST_PAGE, 10);

        assertThat(reads).hasValue(3);
    }

    @Test
    void aCommittedChangeMeansTheNextRequestReadsAfresh() {
        Page<EventView> before = cache.search(FIRST_PAGE, 1000);
        generation.incrementAndGet();

        Page<EventView> after = cache.search(FIRST_PAGE, 1000);

        assertThat(after).isNotSameAs(before);
        assertThat(reads).hasValue(2);
        assertThat(cache.search(FIRST_PAGE, 1000)).isSameAs(after);
    }

    @Test
    void afterTheRefreshTimeTheOldListingIsServedOnceWhileAFreshOneIsRead() {
        Page<EventView> old = cache.search(FIRST_PAGE, 1000);
        nanos.addAndGet(REFRESH.plusMillis(1).toNanos());

        assertThat(cache.search(FIRST_PAGE, 1000)).isSameAs(old);
        assertThat(reads).hasValue(1);
        runInBackground();

        assertThat(reads).hasValue(2);
        assertThat(cache.search(FIRST_PAGE, 1000)).isNotSameAs(old);
    }

    @Test
    void aListingNotReadAgainForItsWholeKeepingTimeIsReadAgainBeforeItIsServed() {
        Page<EventView> old = cache.search(FIRST_PAGE, 1000);
        nanos.addAndGet(REFRESH.multipliedBy(ListingCache.KEPT_FOR).toNanos());

        assertThat(cache.search(FIRST_PAGE, 1000)).isNotSameAs(old);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aRefreshTimeOfZeroReadsEveryListingFromTheDatabase() {
        ListingCache off = cache(Duration.ZERO);

        off.search(FIRST_PAGE, 1000);
        off.search(FIRST_PAGE, 1000);

        assertThat(reads).hasValue(2);
    }

    private void runInBackground() {
        while (!background.isEmpty()) {
            background.remove().run();
        }
    }

    private ListingCache cache(Duration refresh) {
        return new ListingCache(generation::get, (query, cap) -> {
            reads.incrementAndGet();
            return new Page<>(List.of(), query.page().page(), query.page().size(), 0, true, null);
        }, refresh, 100, nanos::get, background::add);
    }
}
