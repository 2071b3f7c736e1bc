package io.eventboard.persistence.event;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import io.eventboard.application.event.query.EventQuery;
import io.eventboard.application.event.query.EventView;
import io.eventboard.domain.common.Page;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;

/**
 * Recent listings, because browsing is most of the traffic and a few filters are most of browsing. A listing is
 * served from here for {@code refresh}; after that the next request still gets it while a fresh one is read in
 * the background; one not read again within {@link #KEPT_FOR} times {@code refresh} is gone.
 * <p>
 * A listing remembers the generation of {@link CatalogChanges} it was read in and is not served once a write has
 * committed since, so this node's readers see its writes at once. Writes of other nodes show within
 * {@code refresh} when the listing is asked for often; the first answer after a quiet spell may be as old as
 * {@link #KEPT_FOR} times {@code refresh} (and the next is fresh). A {@code refresh} of zero turns the cache off.
 */
final class ListingCache implements ListingStatistics {

    /**
     * How many times {@code refresh} a listing is kept. Long, so that a listing asked for now and then (every few
     * seconds, not several times a second) is still answered from memory; short enough to bound how old an
     * answer can be after a quiet spell when another node changed the board.
     */
    static final int KEPT_FOR = 30;

    private record Key(EventQuery query, long countCap) {
    }

    private record Entry(long generation, Page<EventView> page) {
    }

    private final LongSupplier generation;
    private final BiFunction<EventQuery, Long, Page<EventView>> search;
    private final LoadingCache<Key, Entry> cache;

    /**
     * @param generation the current generation of {@link CatalogChanges}
     * @param search     reads a listing from the database
     * @param refresh    how long a listing is served before it is read again; zero turns the cache off
     * @param size       how many events all kept listings hold at most (a listing weighs one more than its items, so
     *                   that memory stays bounded whatever the page sizes asked for)
     * @param ticker     the time source of the cache
     * @param refresher  where listings are read again in the background
     */
    ListingCache(LongSupplier generation, BiFunction<EventQuery, Long, Page<EventView>> search, Duration refresh,
            long size, Ticker ticker, Executor refresher) {
        this.generation = generation;
        this.search = search;
        this.cache = refresh.isZero() ? null : Caffeine.newBuilder().maximumWeight(size)
                .weigher((Key key, Entry entry) -> entry.page().items().size() + 1).ticker(ticker)
                .executor(refresher).recordStats().refreshAfterWrite(refresh).expireAfterWrite(refresh.multipliedBy(KEPT_FOR))
                .build(this::load);
    }

    Page<EventView> search(EventQuery query, long countCap) {
        if (cache == null) {
            return search.apply(query, countCap);
        }
        Key key = new Key(query, countCap);
        Entry entry = cache.get(key);
        if (entry.generation() != generation.getAsLong()) {
            cache.asMap().remove(key, entry);
            entry = cache.get(key);
        }
        return entry.page();
    }

    @Override
    public long served() {
        return cache == null ? 0 : cache.stats().hitCount();
    }

    @Override
    public long read() {
        return cache == null ? 0 : cache.stats().missCount();
    }

    @Override
    public long held() {
        return cache == null ? 0 : cache.policy().eviction().map(eviction -> eviction.weightedSize().orElse(0))
                .orElse(0L);
    }

    private Entry load(Key key) {
        long readIn = generation.getAsLong();
        return new Entry(readIn, search.apply(key.query(), key.countCap()));
    }
}
