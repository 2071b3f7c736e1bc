package io.eventboard.bootstrap;

/** A setting or environment problem that stops the server; its message says what to fix, in one sentence. */
public final class StartupFailure extends RuntimeException {

    public StartupFailure(String message) {
        super(message);
    }
}
