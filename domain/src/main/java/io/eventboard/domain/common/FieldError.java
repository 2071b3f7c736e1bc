package io.eventboard.domain.common;

/** One broken input rule: which field, and what the rule is. */
public record FieldError(String field, String message) {
}
