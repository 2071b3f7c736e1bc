package io.eventboard.application.testing;

import io.eventboard.domain.common.Transactions;
import java.util.function.Supplier;

/** {@link Transactions} over the in-memory database: one lock, rollback by restoring a snapshot. */
public final class InMemoryTransactions implements Transactions {

    private final InMemoryDatabase db;

    public InMemoryTransactions(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return db.inTransaction(work);
    }
}
