package io.eventboard.domain.common;

import java.util.List;

/**
 * Thrown by value objects and commands whose constructor refuses its arguments. Input is checked where it
 * enters, so the rest of the code never sees an invalid value.
 */
public final class InvalidInput extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super(describe(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInput needs at least one field error");
        }
        this.errors = List.copyOf(errors);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String describe(List<FieldError> errors) {
        StringBuilder text = new StringBuilder("invalid input:");
        for (FieldError error : errors) {
            text.append(' ').append(error.field()).append(" ").append(error.message()).append(';');
        }
        return text.toString();
    }
}
