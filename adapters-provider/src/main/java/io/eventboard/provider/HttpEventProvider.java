package io.eventboard.provider;

import io.eventboard.domain.provider.EventProvider;
import io.eventboard.domain.provider.ProviderPage;
import io.eventboard.domain.provider.ProviderUnavailable;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.json.JsonMapper;
import io.micronaut.retry.exception.CircuitOpenException;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * The events provider's feed over HTTP: {@code GET <PROVIDER_URL>?changed_since=<instant>&cursor=<cursor>}
 * (each parameter only when there is one), one page per call through {@link FeedClient}. Whatever keeps a
 * page from being read (the retries ran out, the breaker is open, the answer is not a page) is a
 * {@link ProviderUnavailable} that says what happened, for the sync's report.
 */
@Singleton
@Requires(property = ProviderSettings.URL_PROPERTY, pattern = ".*\\S.*")
public final class HttpEventProvider implements EventProvider {

    private final ProviderSettings settings;
    private final FeedClient client;
    private final FeedPages pages;

    public HttpEventProvider(ProviderSettings settings, FeedClient client, JsonMapper json) {
        this.settings = settings;
        this.client = client;
        this.pages = new FeedPages(json);
    }

    @Override
    public String name() {
        return settings.name();
    }

    @Override
    public ProviderPage fetch(Optional<Instant> changedSince, Optional<String> cursor) {
        UriBuilder uri = UriBuilder.of(URI.create(settings.url()));
        changedSince.ifPresent(since -> uri.queryParam("changed_since", since.toString()));
        cursor.ifPresent(next -> uri.queryParam("cursor", next));
        byte[] body;
        try {
            body = client.get(uri.build());
        } catch (CircuitOpenException open) {
            throw new ProviderUnavailable("the circuit breaker is open after repeated failures (last: "
                    + open.getCause().getMessage() + "); calls resume after " + settings.breakerReset(), open);
        } catch (FeedCallFailed failed) {
            throw new ProviderUnavailable(failed.isRetryable()
                    ? failed.getMessage() + ", also after " + settings.retryAttempts() + " retries"
                    : failed.getMessage(), failed);
        }
        try {
            return pages.read(body);
        } catch (FeedPages.Unreadable unreadable) {
            throw new ProviderUnavailable(unreadable.getMessage(), unreadable);
        }
    }
}
