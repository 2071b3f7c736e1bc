package io.eventboard.rest.problem;

import io.eventboard.domain.common.InvalidInput;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Input refused by a command or value object: 400, naming every broken field. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
public class InvalidInputHandler implements ExceptionHandler<InvalidInput, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, InvalidInput exception) {
        return Problems.invalid(exception.errors());
    }
}
