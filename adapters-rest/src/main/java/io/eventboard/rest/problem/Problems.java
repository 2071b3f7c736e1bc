package io.eventboard.rest.problem;

import io.eventboard.domain.common.FieldError;
import io.eventboard.domain.common.Rejection;
import io.eventboard.domain.common.Result;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Builds problem answers, and turns domain refusals into them. */
public final class Problems {

    static final String TYPE_PREFIX = "urn:eventboard:problem:";
    /** The code of every answer that names invalid fields. */
    public static final String VALIDATION = "validation";

    private Problems() {
    }

    /** The answer for {@code result}: {@code onAccepted} of its value, or the problem for its refusal. */
    public static <T> HttpResponse<?> respond(Result<T> result, Function<T, HttpResponse<?>> onAccepted) {
        return result.isAccepted() ? onAccepted.apply(result.value()) : of(result.rejection());
    }

    public static MutableHttpResponse<Problem> of(Rejection rejection) {
        HttpStatus status = switch (rejection.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.BAD_REQUEST;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
        return response(status, new Problem(TYPE_PREFIX + rejection.code(), status.getReason(), status.getCode(),
                rejection.message(), rejection.code(), List.of()));
    }

    public static MutableHttpResponse<Problem> invalid(List<FieldError> errors) {
        List<Problem.FieldProblem> fields = errors.stream()
                .map(error -> new Problem.FieldProblem(wireName(error.field()), error.message()))
                .toList();
        String detail = fields.size() == 1
                ? fields.get(0).field() + " " + fields.get(0).message()
                : fields.size() + " fields are invalid";
        return response(HttpStatus.BAD_REQUEST, new Problem(TYPE_PREFIX + VALIDATION, "Invalid input",
                HttpStatus.BAD_REQUEST.getCode(), detail, VALIDATION, fields));
    }

    public static MutableHttpResponse<Problem> status(HttpStatus status, String detail, String code) {
        return response(status, new Problem(code == null ? "about:blank" : TYPE_PREFIX + code, status.getReason(),
                status.getCode(), detail, code, List.of()));
    }

    private static MutableHttpResponse<Problem> response(HttpStatus status, Problem problem) {
        return HttpResponse.<Problem>status(status).contentType(Problem.MEDIA_TYPE).body(problem);
    }

    /** Domain fields are camelCase; the wire is snake_case, so a problem names the field as the client sent it. */
    static String wireName(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
