package io.eventboard.application.status;

/** Port: one part the service needs (the database, a peer) that can say whether it works right now. */
public interface HealthProbe {

    String name();

    /** True when the part answers as it should; must return quickly and never throw. */
    boolean isUp();
}
