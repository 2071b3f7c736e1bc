package io.eventboard.rest.security;

import io.eventboard.application.servicetoken.AuthenticateServiceToken;
import io.eventboard.application.servicetoken.ServiceTokenSecrets;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Accepts service tokens ({@code Authorization: Bearer ebst_...}) beside the JWT validator: a live token
 * becomes {@link ServiceCallers#authentication}; an unknown or revoked one authenticates nobody, so protected
 * routes answer 401. Tokens without the prefix are left to the JWT validator. The lookup touches the database,
 * so it runs on the blocking pool, never on the event loop.
 */
@Singleton
public class ServiceTokenValidator implements TokenValidator<HttpRequest<?>> {

    private final AuthenticateServiceToken authenticate;
    private final Scheduler blocking;

    public ServiceTokenValidator(AuthenticateServiceToken authenticate,
                                 @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.authenticate = authenticate;
        this.blocking = Schedulers.fromExecutorService(executor);
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        if (!ServiceTokenSecrets.looksLikeOne(token)) {
            return Mono.empty();
        }
        return Mono.fromCallable(() -> authenticate.authenticate(token).map(ServiceCallers::authentication)
                        .orElse(null))
                .subscribeOn(blocking);
    }
}
