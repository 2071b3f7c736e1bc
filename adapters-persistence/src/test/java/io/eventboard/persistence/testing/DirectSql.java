package io.eventboard.persistence.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * SQL run straight on the {@link TestDatabase}, outside the application: to seed rows no port writes (a
 * channel) and to check what really is in a table, or that a constraint refuses a row.
 */
public final class DirectSql {

    private DirectSql() {
    }

    /** Runs a statement; answers the number of rows it changed. Exceptions surface as they are. */
    public static int execute(String sql, Object... params) throws SQLException {
        try (Connection connection = TestDatabase.connect();
             PreparedStatement statement = prepare(connection, sql, params)) {
            return statement.executeUpdate();
        }
    }

    /** The single number a query such as {@code SELECT count(*) ...} answers. */
    public static long number(String sql, Object... params) {
        try (Connection connection = TestDatabase.connect();
             PreparedStatement statement = prepare(connection, sql, params);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }

    /** The single text a query answers, or null. */
    public static String text(String sql, Object... params) {
        try (Connection connection = TestDatabase.connect();
             PreparedStatement statement = prepare(connection, sql, params);
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... params)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            if (params[i] instanceof Instant instant) {
                statement.setObject(i + 1, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC),
                        Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                statement.setObject(i + 1, params[i]);
            }
        }
        return statement;
    }
}
