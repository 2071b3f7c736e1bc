package io.eventboard.notify.webhook;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.client.HttpClientConfiguration;
import jakarta.inject.Singleton;

/**
 * The HTTP client of the webhook channel: {@code WEBHOOK_CONNECT_TIMEOUT} and {@code WEBHOOK_READ_TIMEOUT}, no
 * redirects (a redirect could lead anywhere; a 3xx is a permanent failure), error statuses as responses, and
 * name resolution through {@link PolicyAddressResolverGroup}.
 */
@Singleton
@Requires(property = "webhook.secret", pattern = "(?s).+")
public final class WebhookHttpClientConfiguration extends HttpClientConfiguration {

    private final ConnectionPoolConfiguration pool = new ConnectionPoolConfiguration();

    public WebhookHttpClientConfiguration(WebhookSettings settings) {
        setConnectTimeout(settings.connectTimeout());
        setReadTimeout(settings.readTimeout());
        setFollowRedirects(false);
        setExceptionOnErrorStatus(false);
        setMaxContentLength(256 * 1024);
        setAddressResolverGroupName(PolicyAddressResolverGroup.NAME);
    }

    @Override
    public ConnectionPoolConfiguration getConnectionPoolConfiguration() {
        return pool;
    }
}
