package io.eventboard.persistence.jdbc;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Plain SQL for the statements a repository interface cannot express (locks, CTEs, batches, arrays). Every
 * call runs inside a transaction: it joins the caller's when there is one (see {@code Transactions}), and
 * otherwise is a transaction of its own, so each port method is atomic even when called alone.
 */
@Singleton
public final class Sql {

    /** Fills the parameters of one statement. */
    @FunctionalInterface
    public interface Binder {
        void bind(Params params) throws SQLException;
    }

    /** Fills the parameters of one statement of a batch from one item. */
    @FunctionalInterface
    public interface ItemBinder<T> {
        void bind(Params params, T item) throws SQLException;
    }

    /** Turns the current row into a value. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(Row row) throws SQLException;
    }

    @FunctionalInterface
    private interface StatementWork<R> {
        R run(PreparedStatement statement) throws SQLException;
    }

    private final TransactionOperations<Connection> transactions;

    public Sql(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** Runs an INSERT, UPDATE or DELETE; returns the number of rows it changed. */
    public int update(String sql, Binder binder) {
        return withStatement(sql, statement -> {
            binder.bind(new Params(statement));
            return statement.executeUpdate();
        });
    }

    /** Runs a query (or a statement with RETURNING) and maps every row. */
    public <T> List<T> list(String sql, Binder binder, RowMapper<T> mapper) {
        return withStatement(sql, statement -> {
            binder.bind(new Params(statement));
            List<T> rows = new ArrayList<>();
            try (ResultSet resultSet = statement.executeQuery()) {
                Row row = new Row(resultSet);
                while (resultSet.next()) {
                    rows.add(mapper.map(row));
                }
            }
            return rows;
        });
    }

    /** Runs a query that returns at most one row. */
    public <T> Optional<T> one(String sql, Binder binder, RowMapper<T> mapper) {
        List<T> rows = list(sql, binder, mapper);
        if (rows.size() > 1) {
            throw new IllegalStateException("expected at most one row, got " + rows.size() + " from: " + sql);
        }
        return rows.stream().findFirst();
    }

    /**
     * Runs one statement per item as a JDBC batch (one round trip per batch, not per item); returns the total
     * number of rows changed. The PostgreSQL driver reports exact counts as long as
     * {@code reWriteBatchedInserts} stays off, which is its default.
     */
    public <T> int batch(String sql, Collection<T> items, ItemBinder<T> binder) {
        if (items.isEmpty()) {
            return 0;
        }
        return withStatement(sql, statement -> {
            Params params = new Params(statement);
            for (T item : items) {
                params.restart();
                binder.bind(params, item);
                statement.addBatch();
            }
            int changed = 0;
            for (int count : statement.executeBatch()) {
                changed += Math.max(count, 0);
            }
            return changed;
        });
    }

    /** Runs several statements as one: in the caller's transaction when there is one, else in a new one. */
    public <R> R atomically(Supplier<R> work) {
        return transactions.executeWrite(status -> work.get());
    }

    /**
     * Runs {@code action} once the current transaction has committed (never after a rollback). A transaction
     * joined by an inner block registers the action with the outermost one, so it runs after the real COMMIT.
     * Without a transaction there is nothing to wait for, and the action runs at once.
     */
    public void afterCommit(Runnable action) {
        var status = transactions.findTransactionStatus();
        if (status.isEmpty()) {
            action.run();
            return;
        }
        status.get().registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    private <R> R withStatement(String sql, StatementWork<R> work) {
        return transactions.executeWrite(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                return work.run(statement);
            } catch (SQLException e) {
                throw new DataAccessException(describe(e), e);
            }
        });
    }

    private static String describe(SQLException e) {
        return "SQL failed (SQLState " + e.getSQLState() + "): " + e.getMessage();
    }
}
