package io.eventboard.rest.problem;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Renders every error the framework itself answers (unknown route, malformed JSON, wrong media type, a body
 * that is too large, an unexpected exception) as a problem document. Server errors never echo their cause:
 * it is logged by the framework with the request, and the client learns only that it happened.
 */
@Primary
@Singleton
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    private static final String UNEXPECTED = "An unexpected error occurred; it has been logged.";

    @Override
    @NonNull
    public MutableHttpResponse<Problem> processResponse(@NonNull ErrorContext context,
                                                        @NonNull MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        boolean serverError = status.getCode() >= 500;
        List<Problem.FieldProblem> fields = serverError ? List.of() : context.getErrors().stream()
                .filter(error -> error.getPath().isPresent())
                .map(error -> new Problem.FieldProblem(Problems.wireName(error.getPath().get()), error.getMessage()))
                .toList();
        String detail = serverError ? UNEXPECTED : context.getErrors().stream()
                .map(Error::getMessage).findFirst().orElse(status.getReason());
        Problem problem = new Problem("about:blank", status.getReason(), status.getCode(), detail, null, fields);
        return response.contentType(Problem.MEDIA_TYPE).body(problem);
    }
}
