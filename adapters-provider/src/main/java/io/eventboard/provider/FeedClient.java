package io.eventboard.provider;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import io.micronaut.retry.annotation.CircuitBreaker;
import jakarta.inject.Singleton;
import java.net.URI;

/**
 * GETs one page of the feed. Every call has the timeouts of {@link ProviderHttpClientConfiguration}; a
 * retryable failure is tried again up to {@code PROVIDER_RETRY_ATTEMPTS} times, waiting
 * {@code PROVIDER_RETRY_DELAY} and twice as long before each further try. When a call still fails, the
 * circuit breaker opens: for {@code PROVIDER_BREAKER_RESET} every call fails at once, then one trial call
 * decides whether it closes again. {@link FeedCircuit} logs these moves and reports the state.
 */
@Singleton
@Requires(property = ProviderSettings.URL_PROPERTY, pattern = ".*\\S.*")
public class FeedClient {

    private final HttpClient client;

    public FeedClient(@Client(configuration = ProviderHttpClientConfiguration.class) HttpClient client) {
        this.client = client;
    }

    @CircuitBreaker(attempts = "${eventboard.provider.retry-attempts:3}",
            delay = "${eventboard.provider.retry-delay:1s}", multiplier = "2",
            reset = "${eventboard.provider.breaker-reset:30s}", predicate = RetryableFeedFailure.class,
            throwWrappedException = true)
    public byte[] get(URI page) {
        HttpResponse<?> response;
        try {
            response = client.toBlocking().exchange(HttpRequest.GET(page).accept(MediaType.APPLICATION_JSON_TYPE),
                    byte[].class);
        } catch (HttpClientResponseException e) {
            response = e.getResponse();
        } catch (ReadTimeoutException e) {
            throw FeedCallFailed.retryable("the events provider did not answer in time", e);
        } catch (HttpClientException e) {
            throw FeedCallFailed.retryable("the events provider could not be reached: " + e.getMessage(), e);
        }
        int status = response.code();
        if (status >= 200 && status < 300) {
            return response.getBody(byte[].class).orElse(new byte[0]);
        }
        String failure = "the events provider answered " + status + " " + response.reason();
        if (status >= 500 || status == 429) {
            throw FeedCallFailed.retryable(failure, null);
        }
        throw FeedCallFailed.permanent(failure);
    }
}
