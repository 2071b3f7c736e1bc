package io.eventboard.notify.telegram;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.client.HttpClientConfiguration;
import jakarta.inject.Singleton;

/** The HTTP client of the Telegram channel: its own timeouts, no redirects, error statuses as responses. */
@Singleton
@Requires(property = "telegram.bot-token", pattern = ".*\\S.*")
public final class TelegramHttpClientConfiguration extends HttpClientConfiguration {

    private final ConnectionPoolConfiguration pool = new ConnectionPoolConfiguration();

    public TelegramHttpClientConfiguration(TelegramSettings settings) {
        setConnectTimeout(settings.connectTimeout());
        setReadTimeout(settings.readTimeout());
        setFollowRedirects(false);
        setExceptionOnErrorStatus(false);
        setMaxContentLength(1024 * 1024);
    }

    @Override
    public ConnectionPoolConfiguration getConnectionPoolConfiguration() {
        return pool;
    }
}
