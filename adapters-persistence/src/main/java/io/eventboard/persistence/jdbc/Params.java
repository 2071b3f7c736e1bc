package io.eventboard.persistence.jdbc;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.UUID;

/**
 * Binds statement parameters in order, so SQL and binding read side by side without index bookkeeping.
 * Instants travel as {@code OffsetDateTime} in UTC, the type the PostgreSQL driver maps to timestamptz
 * without consulting the JVM's time zone.
 */
public final class Params {

    private final PreparedStatement statement;
    private int next = 1;

    Params(PreparedStatement statement) {
        this.statement = statement;
    }

    void restart() {
        next = 1;
    }

    public Params uuid(UUID value) throws SQLException {
        if (value == null) {
            statement.setNull(next++, Types.OTHER);
        } else {
            statement.setObject(next++, value);
        }
        return this;
    }

    public Params text(String value) throws SQLException {
        statement.setString(next++, value);
        return this;
    }

    public Params integer(int value) throws SQLException {
        statement.setInt(next++, value);
        return this;
    }

    public Params integerOrNull(Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(next++, Types.INTEGER);
        } else {
            statement.setInt(next++, value);
        }
        return this;
    }

    public Params date(LocalDate value) throws SQLException {
        if (value == null) {
            statement.setNull(next++, Types.DATE);
        } else {
            statement.setObject(next++, value);
        }
        return this;
    }

    public Params bigint(long value) throws SQLException {
        statement.setLong(next++, value);
        return this;
    }

    public Params bool(boolean value) throws SQLException {
        statement.setBoolean(next++, value);
        return this;
    }

    public Params float8(double value) throws SQLException {
        statement.setDouble(next++, value);
        return this;
    }

    /** A length of time in seconds, for {@code make_interval(secs => ?)}. */
    public Params seconds(Duration value) throws SQLException {
        statement.setDouble(next++, value.toMillis() / 1000.0);
        return this;
    }

    public Params instant(Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(next++, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(next++, OffsetDateTime.ofInstant(value, ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
        }
        return this;
    }

    public Params texts(Collection<String> values) throws SQLException {
        Array array = statement.getConnection().createArrayOf("text", values.toArray(String[]::new));
        statement.setArray(next++, array);
        return this;
    }

    public Params uuids(Collection<UUID> values) throws SQLException {
        Array array = statement.getConnection().createArrayOf("uuid", values.toArray(UUID[]::new));
        statement.setArray(next++, array);
        return this;
    }
}
