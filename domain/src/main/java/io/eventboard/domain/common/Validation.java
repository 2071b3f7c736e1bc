package io.eventboard.domain.common;

import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule of one input before refusing it, so a client learns all of them at once. */
public final class Validation {

    private final List<FieldError> errors = new ArrayList<>();

    public Validation require(boolean rule, String field, String message) {
        if (!rule) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    public Validation requireText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "must not be blank"));
        } else if (value.length() > maxLength) {
            errors.add(new FieldError(field, "must be at most " + maxLength + " characters"));
        }
        return this;
    }

    public Validation requirePresent(Object value, String field) {
        return require(value != null, field, "is required");
    }

    /** Throws {@link InvalidInput} naming every broken rule, or returns when there is none. */
    public void check() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
