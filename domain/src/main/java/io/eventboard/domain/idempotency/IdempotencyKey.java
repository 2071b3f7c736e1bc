package io.eventboard.domain.idempotency;

import io.eventboard.domain.common.InvalidInput;
import java.util.Objects;

/**
 * A client's name for one request ({@code Idempotency-Key}), scoped to the caller who sent it: two callers
 * may pick the same text without seeing each other's answers.
 */
public record IdempotencyKey(String owner, String value) {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 200;

    public IdempotencyKey {
        Objects.requireNonNull(owner, "owner");
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw InvalidInput.of(HEADER, "must be 1-" + MAX_LENGTH + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw InvalidInput.of(HEADER, "must not contain control characters");
        }
    }
}
