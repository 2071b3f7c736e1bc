package io.eventboard.persistence.event;

import io.eventboard.persistence.jdbc.Sql;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the committed writes that change what listings show (events, their tags, venues, channels, tag names),
 * so that a listing kept from before one ({@link ListingCache}) is not served after it. Every such writer calls
 * {@link #recordAfterCommit()} after its statement.
 */
@Singleton
public final class CatalogChanges {

    private final Sql sql;
    private final AtomicLong generation = new AtomicLong();

    CatalogChanges(Sql sql) {
        this.sql = sql;
    }

    /** The current transaction changes what listings show: counted once it commits, never if it rolls back. */
    public void recordAfterCommit() {
        sql.afterCommit(generation::incrementAndGet);
    }

    long generation() {
        return generation.get();
    }
}
