package io.eventboard.notify.telegram;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The Telegram bot the channel speaks as: {@code TELEGRAM_BOT_TOKEN}, and {@code TELEGRAM_API_URL} (Bot API base,
 * {@code https://api.telegram.org} unless a test or a local Bot API server says otherwise), with
 * {@code TELEGRAM_CONNECT_TIMEOUT} and {@code TELEGRAM_READ_TIMEOUT}.
 */
@ConfigurationProperties("telegram")
public record TelegramSettings(
        @Nullable String botToken,
        @Bindable(defaultValue = "https://api.telegram.org") String apiUrl,
        @Bindable(defaultValue = "PT5S") Duration connectTimeout,
        @Bindable(defaultValue = "PT10S") Duration readTimeout) {

    /** Bot tokens look like {@code 123456:AA...}; anything else could reshape the request path it is put in. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9:_-]+");

    public TelegramSettings {
        botToken = botToken == null || botToken.isBlank() ? null : botToken.trim();
        if (botToken != null && !TOKEN.matcher(botToken).matches()) {
            throw new IllegalArgumentException("TELEGRAM_BOT_TOKEN has characters a bot token does not have");
        }
        apiUrl = apiUrl == null || apiUrl.isBlank() ? "https://api.telegram.org" : apiUrl.trim();
        while (apiUrl.endsWith("/")) {
            apiUrl = apiUrl.substring(0, apiUrl.length() - 1);
        }
        URI uri = URI.create(apiUrl);
        if (uri.getHost() == null || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
            throw new IllegalArgumentException("TELEGRAM_API_URL must be an http(s) URL: " + apiUrl);
        }
        requirePositive(connectTimeout, "TELEGRAM_CONNECT_TIMEOUT");
        requirePositive(readTimeout, "TELEGRAM_READ_TIMEOUT");
    }

    /** The host of the Bot API: what logs may name instead of the URL, whose path holds the token. */
    public String apiHost() {
        return URI.create(apiUrl).getHost();
    }

    @Override
    public String toString() {
        return "TelegramSettings[botToken=" + (botToken == null ? "unset" : "***") + ", apiUrl=" + apiUrl
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }

    static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }
}
