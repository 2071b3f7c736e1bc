package io.eventboard.rest.ratelimit;

import io.eventboard.rest.problem.Problems;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import java.net.InetSocketAddress;
import java.util.Optional;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Rate limits login and register per client address, and the operations endpoints per bearer token (see
 * {@link RateLimitKeys}): past the limit the answer is 429 {@code request.rate-limited} with Retry-After in
 * seconds. Runs before security, so that a flood of bad tokens never reaches the token lookup.
 */
@Filter({"/api/auth/login", "/api/auth/register", "/api/channels/**", "/api/events-status/**"})
public class RateLimitFilter implements HttpServerFilter {

    public static final String CODE = "request.rate-limited";
    /** Keys per limit before new keys share one overflow bucket. */
    static final int MAX_BUCKETS = 100_000;

    private final RateLimitBuckets auth;
    private final RateLimitBuckets ops;
    private final boolean trustForwardedFor;

    public RateLimitFilter(@Value("${eventboard.rate-limit-auth-per-minute:20}") int authPerMinute,
                           @Value("${eventboard.rate-limit-ops-per-minute:60}") int opsPerMinute,
                           @Value("${eventboard.trust-forwarded-for:false}") boolean trustForwardedFor) {
        this.auth = new RateLimitBuckets(authPerMinute, MAX_BUCKETS, System::nanoTime);
        this.ops = new RateLimitBuckets(opsPerMinute, MAX_BUCKETS, System::nanoTime);
        this.trustForwardedFor = trustForwardedFor;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        if (!auth.enabled() && !ops.enabled()) {
            return chain.proceed(request);
        }
        Optional<RateLimitKeys.Key> key = RateLimitKeys.keyOf(request.getMethodName(), request.getPath(),
                request.getHeaders().get(HttpHeaders.AUTHORIZATION), remoteAddress(request),
                request.getHeaders().get("X-Forwarded-For"), trustForwardedFor);
        if (key.isEmpty()) {
            return chain.proceed(request);
        }
        RateLimitBuckets buckets = key.get().kind() == RateLimitKeys.Kind.AUTH ? auth : ops;
        long retryAfter = buckets.tryTake(key.get().value());
        if (retryAfter == 0) {
            return chain.proceed(request);
        }
        MutableHttpResponse<?> tooMany = Problems.status(HttpStatus.TOO_MANY_REQUESTS,
                        "Too many requests; retry in " + retryAfter + " s", CODE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        return Mono.just(tooMany);
    }

    private static String remoteAddress(HttpRequest<?> request) {
        InetSocketAddress address = request.getRemoteAddress();
        if (address == null) {
            return null;
        }
        return address.getAddress() != null ? address.getAddress().getHostAddress() : address.getHostString();
    }
}
