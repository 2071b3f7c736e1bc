package io.eventboard.persistence.jdbc;

import java.util.ArrayList;
import java.util.List;

/**
 * A statement assembled from pieces, each piece carrying the binder of its own {@code ?} parameters, so that a
 * piece added or left out can never shift the values of the others. Pieces are fixed SQL written in code; values
 * travel only as parameters.
 */
public final class SqlBuilder {

    private final StringBuilder text = new StringBuilder();
    private final List<Sql.Binder> binders = new ArrayList<>();

    /** SQL without parameters. */
    public SqlBuilder append(String sql) {
        return append(sql, p -> {
        });
    }

    /** SQL with the binder that fills exactly its {@code ?} parameters, in order. */
    public SqlBuilder append(String sql, Sql.Binder parameters) {
        if (!text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1))
                && !sql.isEmpty() && !Character.isWhitespace(sql.charAt(0))) {
            text.append(' ');
        }
        text.append(sql);
        binders.add(parameters);
        return this;
    }

    /** Appends the pieces of another builder, with their parameters. */
    public SqlBuilder append(SqlBuilder other) {
        return append(other.sql(), other.binder());
    }

    public String sql() {
        return text.toString();
    }

    public Sql.Binder binder() {
        List<Sql.Binder> all = List.copyOf(binders);
        return params -> {
            for (Sql.Binder binder : all) {
                binder.bind(params);
            }
        };
    }

    @Override
    public String toString() {
        return sql();
    }
}
