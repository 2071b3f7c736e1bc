package io.eventboard.domain.idempotency;

import java.util.Objects;

/** What a request was answered, kept so that a retry under the same key gets it again: status, type and body. */
public record RecordedAnswer(int status, String contentType, String body) {

    public RecordedAnswer {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
    }
}
