package io.eventboard.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.application.provider.status.ProviderCircuit;
import io.eventboard.domain.provider.EventProvider;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProviderSettingsTest {

    private static ProviderSettings settings(String url, String name) {
        return new ProviderSettings(url, name, Duration.ofSeconds(10), 3, Duration.ofSeconds(1),
                Duration.ofSeconds(30));
    }

    @Test
    void withoutAUrlThereIsNoProviderAtAll() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("eventboard.provider.url", " "))) {
            assertThat(context.findBean(EventProvider.class)).isEmpty();
            assertThat(context.findBean(ProviderCircuit.class)).isEmpty();
            assertThat(context.getBean(ProviderSettings.class).url()).isNull();
        }
    }

    @Test
    void theDefaultsAreThoseOfTheReadme() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("eventboard.provider.url",
                "https://provider.example/api/events"))) {
            ProviderSettings settings = context.getBean(ProviderSettings.class);

            assertThat(settings).isEqualTo(new ProviderSettings("https://provider.example/api/events",
                    "events-provider", Duration.ofSeconds(10), 3, Duration.ofSeconds(1), Duration.ofSeconds(30)));
            assertThat(context.getBean(EventProvider.class).name()).isEqualTo("events-provider");
        }
    }

    @Test
    void theUrlMustBeHttpAndTheNameFitForAUsername() {
        assertThatThrownBy(() -> settings("ftp://provider.example/events", "acme"))
                .hasMessageContaining("PROVIDER_URL");
        assertThatThrownBy(() -> settings("provider.example", "acme")).hasMessageContaining("PROVIDER_URL");
        assertThatThrownBy(() -> settings("https://provider.example", "Acme Events"))
                .hasMessageContaining("PROVIDER_NAME");
        assertThatThrownBy(() -> settings("https://provider.example", "ab")).hasMessageContaining("PROVIDER_NAME");
        assertThat(settings(" https://provider.example/feed ", "acme.events_2").url())
                .isEqualTo("https://provider.example/feed");
    }

    @Test
    void timeoutsDelaysAndAttemptsMustBeSane() {
        assertThatThrownBy(() -> new ProviderSettings(null, "acme", Duration.ZERO, 3, Duration.ofSeconds(1),
                Duration.ofSeconds(30))).hasMessageContaining("PROVIDER_TIMEOUT");
        assertThatThrownBy(() -> new ProviderSettings(null, "acme", Duration.ofSeconds(1), 11, Duration.ofSeconds(1),
                Duration.ofSeconds(30))).hasMessageContaining("PROVIDER_RETRY_ATTEMPTS");
        assertThatThrownBy(() -> new ProviderSettings(null, "acme", Duration.ofSeconds(1), 3, null,
                Duration.ofSeconds(30))).hasMessageContaining("PROVIDER_RETRY_DELAY");
        assertThatThrownBy(() -> new ProviderSettings(null, "acme", Duration.ofSeconds(1), 3, Duration.ofSeconds(1),
                Duration.ofSeconds(-1))).hasMessageContaining("PROVIDER_BREAKER_RESET");
    }
}
