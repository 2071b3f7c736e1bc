package io.eventboard.domain.common;

import java.util.Objects;

/**
 * A business refusal: the request was understood and is not allowed. The code is stable and part of the
 * public contract (clients switch on it); the message is for people.
 */
public record Rejection(String code, Kind kind, String message) {

    /** What sort of refusal this is; adapters translate it (the REST adapter into an HTTP status). */
    public enum Kind { NOT_FOUND, UNAUTHENTICATED, FORBIDDEN, CONFLICT, INVALID, UNPROCESSABLE }

    public Rejection {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    public static Rejection notFound(String code, String message) {
        return new Rejection(code, Kind.NOT_FOUND, message);
    }

    public static Rejection unauthenticated(String code, String message) {
        return new Rejection(code, Kind.UNAUTHENTICATED, message);
    }

    public static Rejection forbidden(String code, String message) {
        return new Rejection(code, Kind.FORBIDDEN, message);
    }

    public static Rejection conflict(String code, String message) {
        return new Rejection(code, Kind.CONFLICT, message);
    }

    public static Rejection invalid(String code, String message) {
        return new Rejection(code, Kind.INVALID, message);
    }

    /** Well-formed, but at odds with what the same client sent before (a key reused for another request). */
    public static Rejection unprocessable(String code, String message) {
        return new Rejection(code, Kind.UNPROCESSABLE, message);
    }
}
