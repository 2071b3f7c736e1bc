package io.eventboard.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSetupTest {

    @Test
    void aMalformedDatasourceUrlStopsTheServerWithOneSentenceSayingWhatItShouldLookLike() {
        assertThatThrownBy(() -> DatabaseSetup.fromEnvironment(Map.of("DATASOURCE_URL", "postgres://db/x")))
                .isInstanceOf(StartupFailure.class)
                .hasMessage("DATASOURCE_URL must look like jdbc:postgresql://host:5432/database, but it is "
                        + "'postgres://db/x'.");
    }

    @Test
    void anUnreachableDatabaseStopsTheServerNamingTheUrlAndTheSettingsToCheck() {
        String url = "jdbc:postgresql://127.0.0.1:1/nothing";

        assertThatThrownBy(() -> DatabaseSetup.fromEnvironment(Map.of("DATASOURCE_URL", url)))
                .isInstanceOf(StartupFailure.class)
                .hasMessageStartingWith("the database at " + url + " does not answer (")
                .hasMessageEndingWith("check DATASOURCE_URL, DATASOURCE_USERNAME and DATASOURCE_PASSWORD.")
                .satisfies(failure -> assertThat(failure.getMessage().lines()).hasSize(1));
    }

    @Test
    void aBadEmbeddedPortIsNamed() {
        assertThatThrownBy(() -> DatabaseSetup.fromEnvironment(Map.of("EMBEDDED_DB_PORT", "five")))
                .isInstanceOf(StartupFailure.class)
                .hasMessage("EMBEDDED_DB_PORT must be a port number, but it is 'five'.");
    }

    @Test
    void thePasswordNeverShowsInTheDescription() {
        DatabaseSetup setup = new DatabaseSetup("jdbc:postgresql://h/db", "app", "s3cret");

        assertThat(setup.toString()).doesNotContain("s3cret").contains("password=***");
        assertThat(setup.properties()).containsEntry("datasources.default.password", "s3cret");
    }
}
