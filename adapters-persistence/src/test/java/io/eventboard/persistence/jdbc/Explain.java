package io.eventboard.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The plan PostgreSQL chooses for a statement of a {@link SqlBuilder}, with its parameters bound. */
public final class Explain {

    private Explain() {
    }

    /**
     * EXPLAIN of the statement in a transaction that is rolled back, with sequential scans made (nearly)
     * unaffordable: a plan that still scans a table sequentially has no index it could use instead.
     */
    public static String withoutSeqScan(Connection connection, SqlBuilder statement) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            try (Statement settings = connection.createStatement()) {
                settings.execute("SET LOCAL enable_seqscan = off");
            }
            return plan(connection, statement);
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    public static String plan(Connection connection, SqlBuilder statement) throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + statement.sql())) {
            statement.binder().bind(new Params(explain));
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }
}
