package io.eventboard.persistence.embedded;

/** The embedded PostgreSQL cannot run on this machine; the message is one sentence saying what to do instead. */
public final class EmbeddedDatabaseUnavailable extends RuntimeException {

    public EmbeddedDatabaseUnavailable(String message) {
        super(message);
    }
}
