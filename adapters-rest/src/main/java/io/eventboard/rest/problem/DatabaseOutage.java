package io.eventboard.rest.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Recognises a failure that only says the database cannot be reached at the moment (stopped, restarting, or the
 * connection lost), whatever wraps it: the pool's timeout waiting for a connection, a refused or broken
 * connection (SQLState class 08), or a session ended by a shutdown (57P01-57P03). Such a request may succeed
 * when retried, so it is a 503, not a 500.
 */
final class DatabaseOutage {

    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");

    private DatabaseOutage() {
    }

    static boolean causedBy(Throwable failure) {
        return RequestErrors.chain(failure).stream()
                .filter(SQLException.class::isInstance)
                .map(SQLException.class::cast)
                .anyMatch(DatabaseOutage::isOutage);
    }

    private static boolean isOutage(SQLException failure) {
        String state = failure.getSQLState();
        return failure instanceof SQLTransientConnectionException
                || state != null && (state.startsWith(CONNECTION_EXCEPTION_CLASS) || SHUTDOWN_STATES.contains(state));
    }
}
