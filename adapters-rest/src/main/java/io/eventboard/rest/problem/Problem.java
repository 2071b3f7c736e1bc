package io.eventboard.rest.problem;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An RFC 9457 problem document, the body of every error answer. {@code code} is the stable domain code (such
 * as {@code booking.sold-out}) that clients switch on; {@code errors} names each invalid field.
 */
@Serdeable
public record Problem(String type, String title, int status, String detail, String code, List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field and the rule it broke. */
    @Serdeable
    public record FieldProblem(String field, String message) {
    }

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
