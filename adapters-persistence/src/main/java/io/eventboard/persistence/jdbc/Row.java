package io.eventboard.persistence.jdbc;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Reads the columns of the current row by name; SQL NULL comes back as Java null. */
public final class Row {

    private final ResultSet resultSet;

    Row(ResultSet resultSet) {
        this.resultSet = resultSet;
    }

    public UUID uuid(String column) throws SQLException {
        return resultSet.getObject(column, UUID.class);
    }

    public String text(String column) throws SQLException {
        return resultSet.getString(column);
    }

    public int integer(String column) throws SQLException {
        return resultSet.getInt(column);
    }

    public Integer integerOrNull(String column) throws SQLException {
        return resultSet.getObject(column, Integer.class);
    }

    public LocalDate date(String column) throws SQLException {
        return resultSet.getObject(column, LocalDate.class);
    }

    public long bigint(String column) throws SQLException {
        return resultSet.getLong(column);
    }

    public double float8(String column) throws SQLException {
        return resultSet.getDouble(column);
    }

    public boolean bool(String column) throws SQLException {
        return resultSet.getBoolean(column);
    }

    public Instant instant(String column) throws SQLException {
        OffsetDateTime value = resultSet.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public List<String> texts(String column) throws SQLException {
        Array array = resultSet.getArray(column);
        if (array == null) {
            return List.of();
        }
        try {
            return Arrays.asList((String[]) array.getArray());
        } finally {
            array.free();
        }
    }
}
