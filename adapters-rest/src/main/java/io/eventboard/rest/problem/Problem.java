package io.eventboard.rest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * An RFC 9457 problem document, the body of every error answer. {@code code} is the stable domain code (such
 * as {@code booking.sold-out}) that clients switch on; {@code errors} names each invalid field.
 */
@Serdeable
@Schema(name = "Problem", description = "RFC 9457 problem document (media type application/problem+json), the body "
        + "of every error answer.")
public record Problem(
        @Schema(description = "URI naming the kind of problem: urn:eventboard:problem:<code>, or about:blank",
                example = "urn:eventboard:problem:validation") String type,
        @Schema(description = "Short summary of the kind of problem", example = "Invalid input") String title,
        @Schema(description = "The HTTP status code", example = "400") int status,
        @Schema(description = "What went wrong with this request, for people",
                example = "password must be 8-128 characters") String detail,
        @Schema(description = "Stable machine-readable code that clients switch on", example = "validation",
                nullable = true) String code,
        @Schema(description = "Each invalid field (snake_case, as sent) and the rule it broke; empty when none")
        @JsonInclude(JsonInclude.Include.ALWAYS) List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field and the rule it broke. */
    @Serdeable
    @Schema(name = "FieldProblem")
    public record FieldProblem(@Schema(example = "password") String field,
                               @Schema(example = "must be 8-128 characters") String message) {
    }

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
