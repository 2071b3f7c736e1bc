package io.eventboard.rest.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Recognises, whatever wraps them, the two database failures that are not the server's fault:
 * <ul>
 * <li>an outage: the database cannot be reached at the moment (stopped, restarting, or the connection lost). That
 * is the pool's timeout waiting for a connection, a refused or broken connection (SQLState class 08), a session
 * ended by a shutdown (57P01-57P03), or the pool's stand-in for a connection it has already evicted as broken,
 * which fails without any SQLState. A retry may succeed: 503.</li>
 * <li>unstorable text: a string PostgreSQL cannot hold, such as one with a NUL character (22021, 22P05), wherever
 * the client put it (a field, a search, a path). The client must change it: 400.</li>
 * </ul>
 * Either way the transaction did not commit, so nothing was half-written.
 */
final class DatabaseFailures {

    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");
    private static final Set<String> UNSTORABLE_TEXT_STATES = Set.of("22021", "22P05");
    /** HikariCP's message when a connection it closed after a failure is used once more (no SQLState). */
    private static final String EVICTED_CONNECTION = "Connection is closed";

    private DatabaseFailures() {
    }

    static boolean isOutage(Throwable failure) {
        return anySql(failure, DatabaseFailures::isOutage);
    }

    static boolean isUnstorableText(Throwable failure) {
        return anySql(failure, sql -> UNSTORABLE_TEXT_STATES.contains(sql.getSQLState()));
    }

    private static boolean anySql(Throwable failure, Predicate<SQLException> test) {
        return RequestErrors.chain(failure).stream()
                .filter(SQLException.class::isInstance)
                .map(SQLException.class::cast)
                .anyMatch(test);
    }

    private static boolean isOutage(SQLException failure) {
        String state = failure.getSQLState();
        return failure instanceof SQLTransientConnectionException
                || state == null && EVICTED_CONNECTION.equals(failure.getMessage())
                || state != null && (state.startsWith(CONNECTION_EXCEPTION_CLASS) || SHUTDOWN_STATES.contains(state));
    }
}
