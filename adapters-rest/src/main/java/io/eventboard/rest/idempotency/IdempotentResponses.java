package io.eventboard.rest.idempotency;

import io.eventboard.application.idempotency.AnswerCodec;
import io.eventboard.application.idempotency.IdempotentRequests;
import io.eventboard.domain.common.Secrets;
import io.eventboard.domain.idempotency.IdempotencyKey;
import io.eventboard.domain.idempotency.RecordedAnswer;
import io.eventboard.rest.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@code Idempotency-Key} header on a POST: the first request with a key is answered as usual and its
 * answer kept for a day; a retry with the key gets that answer again, marked {@value #REPLAYED}: true, and
 * changes nothing. A key is the caller's own; sent with another request it is refused (422).
 */
@Singleton
public final class IdempotentResponses implements AnswerCodec<HttpResponse<?>> {

    public static final String REPLAYED = "Idempotent-Replayed";

    private final IdempotentRequests requests;
    private final JsonMapper json;

    public IdempotentResponses(IdempotentRequests requests, JsonMapper json) {
        this.requests = requests;
        this.json = json;
    }

    /**
     * The answer to the request named by {@code request} (method and path) with {@code body}: from
     * {@code work}, or replayed when {@code key} answered the same request before.
     */
    public HttpResponse<?> answer(@Nullable String key, Authentication caller, String request, @Nullable Object body,
                                  Supplier<HttpResponse<?>> work) {
        Optional<IdempotencyKey> idempotencyKey = Optional.ofNullable(key)
                .map(value -> new IdempotencyKey(caller.getName(), value));
        String fingerprint = body == null ? request : request + " " + Secrets.hash(write(body));
        return Problems.respond(requests.answer(idempotencyKey, fingerprint, work, this), answer -> answer);
    }

    @Override
    public RecordedAnswer record(HttpResponse<?> answer) {
        String contentType = answer.getContentType().map(MediaType::toString).orElse(MediaType.APPLICATION_JSON);
        return new RecordedAnswer(answer.code(), contentType, answer.getBody().map(this::write).orElse(""));
    }

    @Override
    public HttpResponse<?> replay(RecordedAnswer recorded) {
        return HttpResponse.status(HttpStatus.valueOf(recorded.status()))
                .contentType(recorded.contentType())
                .header(REPLAYED, "true")
                .body(recorded.body().getBytes(StandardCharsets.UTF_8));
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the answer of an idempotent request", e);
        }
    }
}
