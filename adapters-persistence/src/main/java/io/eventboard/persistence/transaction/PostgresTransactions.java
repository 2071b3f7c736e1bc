package io.eventboard.persistence.transaction;

import io.eventboard.domain.common.Transactions;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;

/**
 * One database transaction per block of work. A block started inside another joins it (propagation
 * REQUIRED), so a use case can call helpers that open transactions of their own and still commit or roll
 * back as one. An exception thrown by the block rolls everything back and reaches the caller unchanged.
 */
@Singleton
final class PostgresTransactions implements Transactions {

    private final TransactionOperations<Connection> operations;

    PostgresTransactions(TransactionOperations<Connection> operations) {
        this.operations = operations;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return operations.executeWrite(status -> work.get());
    }
}
