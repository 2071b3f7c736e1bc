package io.eventboard.application.provider.status;

/** Port: the circuit breaker in front of the provider on this server. */
public interface ProviderCircuit {

    /** Closed: calls go through. Open: calls fail at once. Half-open: the next call is a trial. */
    enum State { CLOSED, OPEN, HALF_OPEN }

    State state();
}
