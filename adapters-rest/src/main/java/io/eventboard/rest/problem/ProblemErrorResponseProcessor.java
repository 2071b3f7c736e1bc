package io.eventboard.rest.problem;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * Renders every error the framework itself answers (unknown route, malformed JSON, an unknown or mistyped
 * field, wrong method or media type, a body that is too large, a missing or refused token, an unexpected
 * exception) as a problem document with a stable {@code code}. Server errors never echo their cause: it is
 * logged by the framework with the request, and the client learns only that it happened. A failure that comes
 * from the database being unreachable is a 503 {@code server.unavailable} with {@code Retry-After}: the client
 * may retry, and nothing was half-written because the transaction never committed. Text the database cannot
 * store (a NUL character in any field, search or path) is the client's 400 {@code request.invalid-text}.
 */
@Primary
@Singleton
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    static final String UNAVAILABLE = "server.unavailable";
    static final String UNEXPECTED = "An unexpected error occurred; it has been logged.";
    static final String DATABASE_DOWN = "The service cannot reach its database at the moment; try again shortly.";
    static final String UNSTORABLE_TEXT = "The request contains text that cannot be stored, such as a NUL character.";
    /** Seconds a client should wait before retrying during an outage: about one pool connection timeout. */
    static final String RETRY_AFTER_SECONDS = "5";

    @Override
    @NonNull
    public MutableHttpResponse<Problem> processResponse(@NonNull ErrorContext context,
                                                        @NonNull MutableHttpResponse<?> response) {
        Optional<Throwable> cause = context.getRootCause().filter(failure ->
                response.getStatus() == HttpStatus.INTERNAL_SERVER_ERROR);
        if (cause.filter(DatabaseFailures::isOutage).isPresent()) {
            return response.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .contentType(Problem.MEDIA_TYPE)
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE, DATABASE_DOWN, List.of()));
        }
        if (cause.filter(DatabaseFailures::isUnstorableText).isPresent()) {
            return response.status(HttpStatus.BAD_REQUEST).contentType(Problem.MEDIA_TYPE)
                    .body(problem(HttpStatus.BAD_REQUEST, "request.invalid-text", UNSTORABLE_TEXT, List.of()));
        }
        HttpStatus status = response.getStatus();
        Problem problem = status.getCode() >= 500 ? serverError(status) : clientError(context, status);
        return response.contentType(Problem.MEDIA_TYPE).body(problem);
    }

    private static Problem serverError(HttpStatus status) {
        String code = status == HttpStatus.SERVICE_UNAVAILABLE ? UNAVAILABLE : "server.error";
        return problem(status, code, UNEXPECTED, List.of());
    }

    private static Problem clientError(ErrorContext context, HttpStatus status) {
        if (status == HttpStatus.BAD_REQUEST) {
            Optional<RequestErrors.Diagnosis> diagnosis = context.getRootCause().flatMap(RequestErrors::diagnose);
            if (diagnosis.isPresent()) {
                RequestErrors.Diagnosis found = diagnosis.get();
                return problem(status, found.code(), found.detail(), found.fields());
            }
        }
        // An undiagnosed 400 names the fields but not the framework's reasons, which may quote parser internals.
        boolean badRequest = status == HttpStatus.BAD_REQUEST;
        List<Problem.FieldProblem> fields = context.getErrors().stream()
                .filter(error -> error.getPath().isPresent())
                .map(error -> new Problem.FieldProblem(fieldName(error.getPath().get()),
                        badRequest ? "is invalid" : error.getMessage()))
                .toList();
        String detail = switch (status) {
            case BAD_REQUEST -> "The request could not be read.";
            case UNAUTHORIZED -> "This needs a valid access token: send 'Authorization: Bearer <access_token>'.";
            case FORBIDDEN -> "Your account may not do this.";
            default -> context.getErrors().stream().map(Error::getMessage).findFirst().orElse(status.getReason());
        };
        return problem(status, codeOf(status, fields), detail, fields);
    }

    private static String codeOf(HttpStatus status, List<Problem.FieldProblem> fields) {
        return switch (status) {
            case BAD_REQUEST -> fields.isEmpty() ? "request.invalid" : Problems.VALIDATION;
            case UNAUTHORIZED -> "auth.unauthenticated";
            case FORBIDDEN -> "auth.forbidden";
            case NOT_FOUND -> "request.not-found";
            case METHOD_NOT_ALLOWED -> "request.method-not-allowed";
            case NOT_ACCEPTABLE -> "request.not-acceptable";
            case REQUEST_ENTITY_TOO_LARGE -> "request.too-large";
            case UNSUPPORTED_MEDIA_TYPE -> "request.unsupported-media-type";
            default -> null;
        };
    }

    private static Problem problem(HttpStatus status, String code, String detail, List<Problem.FieldProblem> fields) {
        String title = Problems.VALIDATION.equals(code) ? "Invalid input" : status.getReason();
        return new Problem(code == null ? "about:blank" : Problems.TYPE_PREFIX + code, title, status.getCode(), detail,
                code, fields);
    }

    /** Framework paths look like {@code /request/page}; the client knows the last part, in snake_case. */
    private static String fieldName(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return Problems.wireName(last.isEmpty() ? path : last);
    }
}
