package io.eventboard.persistence.catalog;

import io.eventboard.domain.catalog.NameTaken;
import io.eventboard.domain.catalog.StillReferenced;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.persistence.jdbc.Sql;
import java.sql.SQLException;
import java.util.List;

/**
 * What the tables of tags, venues and channels share: pages in name order, and the refusals of their unique
 * indexes and of the foreign keys that point at them, told in domain terms.
 */
public final class CatalogSql {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private CatalogSql() {
    }

    /**
     * Runs a write of {@code what}: a unique index refusing it becomes {@link NameTaken}, a foreign key refusing
     * it (a row that events still point at) becomes {@link StillReferenced}. The failed statement has spoiled
     * the transaction it ran in; the exception is meant to end it.
     */
    public static void write(String what, Runnable statement) {
        try {
            statement.run();
        } catch (RuntimeException e) {
            String state = sqlState(e);
            if (UNIQUE_VIOLATION.equals(state)) {
                throw new NameTaken(what);
            }
            if (FOREIGN_KEY_VIOLATION.equals(state)) {
                throw new StillReferenced(what);
            }
            throw e;
        }
    }

    /**
     * One page: {@code count} answers a column {@code total}; {@code select} lists the rows in order, and gets
     * {@code LIMIT ? OFFSET ?} appended. Both take the parameters {@code filter} binds.
     */
    public static <T> Page<T> page(Sql sql, String count, String select, Sql.Binder filter, Sql.RowMapper<T> mapper,
                                   PageRequest page) {
        return sql.atomically(() -> {
            long total = sql.one(count, filter, row -> row.bigint("total")).orElseThrow();
            List<T> items = sql.list(select + " LIMIT ? OFFSET ?", params -> {
                filter.bind(params);
                params.integer(page.size()).bigint(page.offset());
            }, mapper);
            return new Page<>(items, page.page(), page.size(), total, true);
        });
    }

    private static String sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sqlException && sqlException.getSQLState() != null) {
                return sqlException.getSQLState();
            }
        }
        return "";
    }
}
