package io.eventboard.notify.http;

import io.eventboard.domain.notification.Delivery;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** What the HTTP channels share: reading a peer's {@code Retry-After} and naming transport errors. */
public final class HttpOutcomes {

    /** A peer that asks for more than a day is not taken at its word; the retry policy's own delay applies. */
    static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);

    private HttpOutcomes() {
    }

    /**
     * The wait a {@code Retry-After} header asks for: delay-seconds or an HTTP date. Empty when absent,
     * unreadable, not positive or longer than a day.
     */
    public static Optional<Duration> retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.trim();
        Duration wait;
        if (value.chars().allMatch(Character::isDigit)) {
            if (value.length() > 9) {
                return Optional.empty();
            }
            wait = Duration.ofSeconds(Long.parseLong(value));
        } else {
            try {
                wait = Duration.between(now, ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return positiveAndSane(wait);
    }

    public static Optional<Duration> positiveAndSane(Duration wait) {
        return wait.isNegative() || wait.isZero() || wait.compareTo(MAX_RETRY_AFTER) > 0 ? Optional.empty()
                : Optional.of(wait);
    }

    /**
     * A transport failure of the Micronaut client, retryable: the peer may answer next time. {@code what} names
     * the peer ("telegram", "webhook"); the message says what happened without the URL.
     */
    public static Delivery transportFailure(String what, RuntimeException error) {
        if (error instanceof ReadTimeoutException || causedBy(error, SocketTimeoutException.class)) {
            return Delivery.retryable(what + " timed out");
        }
        if (causedBy(error, ConnectException.class)) {
            return Delivery.retryable(what + " connection failed: " + rootMessage(error));
        }
        if (error instanceof HttpClientException) {
            return Delivery.retryable(what + " request failed: " + rootMessage(error));
        }
        return Delivery.retryable(what + " request failed: " + error.getClass().getSimpleName());
    }

    public static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        return cause(error, type).isPresent();
    }

    public static <T extends Throwable> Optional<T> cause(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }
}
