package io.eventboard.provider;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.client.HttpClientConfiguration;
import jakarta.inject.Singleton;

/** The HTTP client of the feed: {@code PROVIDER_TIMEOUT} to connect and to read, error statuses as responses. */
@Singleton
@Requires(property = ProviderSettings.URL_PROPERTY, pattern = ".*\\S.*")
public final class ProviderHttpClientConfiguration extends HttpClientConfiguration {

    /** A feed page of 50,000 events is about 25 MB; anything larger is not a page we want to hold. */
    static final int MAX_PAGE_BYTES = 32 * 1024 * 1024;

    private final ConnectionPoolConfiguration pool = new ConnectionPoolConfiguration();

    public ProviderHttpClientConfiguration(ProviderSettings settings) {
        setConnectTimeout(settings.timeout());
        setReadTimeout(settings.timeout());
        setFollowRedirects(false);
        setExceptionOnErrorStatus(false);
        setMaxContentLength(MAX_PAGE_BYTES);
    }

    @Override
    public ConnectionPoolConfiguration getConnectionPoolConfiguration() {
        return pool;
    }
}
