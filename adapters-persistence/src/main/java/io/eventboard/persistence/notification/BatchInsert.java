package io.eventboard.persistence.notification;

import io.eventboard.persistence.jdbc.Params;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Many rows in one statement ({@code INSERT ... SELECT ... FROM unnest(arrays)}; a JDBC batch would still run one
 * insert per row). A column whose rows all agree (the kind, status and timestamps of the notices one use case
 * writes together) travels as one parameter instead of an array as long as the batch: encoding and unnesting
 * 20,000 equal elements is most of what a large batch costs. The first column always travels as an array, so
 * that it gives the row count and order (which decides which of two rows with one dedupe key is stored).
 */
final class BatchInsert {

    /** One column: its value in every row, as text (the statement casts it to {@code type}) or as UUIDs. */
    record Column(String name, String type, List<?> values) {

        static Column texts(String name, String type, List<String> values) {
            return new Column(name, type, values);
        }

        static Column uuids(String name, List<UUID> values) {
            return new Column(name, "uuid", values);
        }

        /** Equal texts of one batch are mostly one instance, so this is cheap when it holds. */
        boolean constant() {
            Object first = values.get(0);
            for (Object value : values) {
                if (!Objects.equals(first, value)) {
                    return false;
                }
            }
            return true;
        }

        private boolean isUuid() {
            return type.equals("uuid");
        }

        /** The element type of the column's array: text is cast to the column's type once unnested. */
        private String carrier() {
            return isUuid() ? "uuid" : "text";
        }
    }

    private final String sql;
    private final List<Column> selected = new ArrayList<>();
    private final List<Column> unnested = new ArrayList<>();

    /** {@code columns} all as long as the batch, which is not empty; {@code tail} follows the select. */
    BatchInsert(String table, List<Column> columns, String tail) {
        List<String> select = new ArrayList<>();
        for (Column column : columns) {
            if (unnested.isEmpty() || !column.constant()) {
                unnested.add(column);
                select.add("v." + column.name() + "::" + column.type());
            } else {
                selected.add(column);
                select.add("?::" + column.type());
            }
        }
        sql = "INSERT INTO " + table + " (" + names(columns) + ") SELECT " + String.join(", ", select)
                + " FROM unnest(" + unnested.stream().map(c -> "?::" + c.carrier() + "[]")
                        .collect(Collectors.joining(", "))
                + ") AS v(" + names(unnested) + ") " + tail;
    }

    String sql() {
        return sql;
    }

    /** The selected values first, then the arrays: the order their placeholders appear in. */
    void bind(Params params) throws SQLException {
        for (Column column : selected) {
            if (column.isUuid()) {
                params.uuid((UUID) column.values().get(0));
            } else {
                params.text((String) column.values().get(0));
            }
        }
        for (Column column : unnested) {
            bindArray(params, column);
        }
    }

    @SuppressWarnings("unchecked")
    private static void bindArray(Params params, Column column) throws SQLException {
        if (column.isUuid()) {
            params.uuids((List<UUID>) column.values());
        } else {
            params.texts((List<String>) column.values());
        }
    }

    private static String names(List<Column> columns) {
        return columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }
}
