package io.eventboard.notify.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.domain.notification.Delivery;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HttpOutcomesTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        assertThat(HttpOutcomes.retryAfter("120", NOW)).contains(Duration.ofSeconds(120));
        assertThat(HttpOutcomes.retryAfter(" 7 ", NOW)).contains(Duration.ofSeconds(7));
        assertThat(HttpOutcomes.retryAfter("Mon, 01 Jun 2026 10:05:00 GMT", NOW)).contains(Duration.ofMinutes(5));
    }

    @Test
    void retryAfterThatIsMissingUnreadablePastOrAbsurdIsIgnored() {
        assertThat(HttpOutcomes.retryAfter(null, NOW)).isEmpty();
        assertThat(HttpOutcomes.retryAfter("", NOW)).isEmpty();
        assertThat(HttpOutcomes.retryAfter("soon", NOW)).isEmpty();
        assertThat(HttpOutcomes.retryAfter("0", NOW)).isEmpty();
        assertThat(HttpOutcomes.retryAfter("-5", NOW)).isEmpty();
        assertThat(HttpOutcomes.retryAfter("Mon, 01 Jun 2026 09:00:00 GMT", NOW)).isEmpty();
        assertThat(HttpOutcomes.retryAfter("999999999", NOW)).isEmpty();
        assertThat(HttpOutcomes.retryAfter("99999999999999999999", NOW)).isEmpty();
    }

    @Test
    void transportFailuresAreRetryableAndSayWhatHappened() {
        assertThat(HttpOutcomes.transportFailure("webhook", ReadTimeoutException.TIMEOUT_EXCEPTION))
                .isEqualTo(new Delivery.Failed("webhook timed out", true, null));
        assertThat(HttpOutcomes.transportFailure("telegram",
                new HttpClientException("Connect Error", new ConnectException("Connection refused"))))
                .isEqualTo(new Delivery.Failed("telegram connection failed: Connection refused", true, null));
        assertThat(HttpOutcomes.transportFailure("webhook", new HttpClientException("boom")))
                .isEqualTo(new Delivery.Failed("webhook request failed: boom", true, null));
        assertThat(HttpOutcomes.transportFailure("webhook", new IllegalStateException("secret detail")))
                .isEqualTo(new Delivery.Failed("webhook request failed: IllegalStateException", true, null));
    }
}
