package io.eventboard.provider;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The events provider: {@code PROVIDER_URL} (the feed, unset: no provider), {@code PROVIDER_NAME} (stored with
 * every imported event, and the name of their system account), {@code PROVIDER_TIMEOUT} (connect and read, per
 * call), and the resilience settings {@code PROVIDER_RETRY_ATTEMPTS}, {@code PROVIDER_RETRY_DELAY} (the first
 * backoff, doubled per retry) and {@code PROVIDER_BREAKER_RESET} (how long the breaker stays open). The retry
 * and breaker settings are read by {@link FeedClient}'s annotation from the same properties.
 */
@ConfigurationProperties("eventboard.provider")
public record ProviderSettings(
        @Nullable String url,
        @Bindable(defaultValue = "events-provider") String name,
        @Bindable(defaultValue = "PT10S") Duration timeout,
        @Bindable(defaultValue = "3") int retryAttempts,
        @Bindable(defaultValue = "PT1S") Duration retryDelay,
        @Bindable(defaultValue = "PT30S") Duration breakerReset) {

    /** Set: a provider is configured, and the adapter's beans exist. */
    public static final String URL_PROPERTY = "eventboard.provider.url";

    /** A provider name is also a username: 3-50 lower-case letters, digits, '.', '_' or '-'. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");

    public ProviderSettings {
        url = url == null || url.isBlank() ? null : url.trim();
        if (url != null) {
            URI uri = URI.create(url);
            if (uri.getHost() == null
                    || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                throw new IllegalArgumentException("PROVIDER_URL must be an http(s) URL: " + url);
            }
        }
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("PROVIDER_NAME must be 3-50 lower-case letters, digits, '.', '_' "
                    + "or '-': " + name);
        }
        requirePositive(timeout, "PROVIDER_TIMEOUT");
        requirePositive(retryDelay, "PROVIDER_RETRY_DELAY");
        requirePositive(breakerReset, "PROVIDER_BREAKER_RESET");
        if (retryAttempts < 0 || retryAttempts > 10) {
            throw new IllegalArgumentException("PROVIDER_RETRY_ATTEMPTS must be between 0 and 10: " + retryAttempts);
        }
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }
}
