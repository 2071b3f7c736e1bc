package io.eventboard.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.bootstrap.jobs.BackgroundJob;
import io.eventboard.bootstrap.http.Api;
import io.eventboard.bootstrap.jobs.BackgroundJobs;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.assertj.core.api.InstanceOfAssertFactories;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerTest implements TestServer {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    BackgroundJobs jobs;

    @Test
    void healthSaysOkAndThatTheDatabaseIsUp() {
        HttpResponse<Map<String, Object>> response = client.toBlocking()
                .exchange(HttpRequest.GET("/health"), Argument.mapOf(String.class, Object.class));

        assertThat(response.code()).isEqualTo(200);
        assertThat(response.body()).containsEntry("status", "ok")
                .containsEntry("components", Map.of("database", "up"));
    }

    @Test
    void theRootDescribesTheServiceWithItsJobIntervals() {
        Map<String, Object> info = client.toBlocking()
                .retrieve(HttpRequest.GET("/"), Argument.mapOf(String.class, Object.class));

        assertThat(info).containsEntry("service", "Eventboard")
                .containsEntry("status", "running")
                .containsEntry("role", "api")
                .containsEntry("scheduler_interval_seconds", 1)
                .containsKey("version");
        assertThat(info.get("version")).asString().isNotBlank().isNotEqualTo("unknown");
        assertThat(info.get("job_intervals")).isEqualTo(Map.of(
                "status-sweep", "PT1M", "reminders", "PT1M", "dispatch", "PT1S", "retention", "PT24H",
                "idempotency-keys", "PT24H", "waitlist-offers", "PT1M"));
        assertThat(info).as("no events provider is configured").doesNotContainKey("provider");
    }

    @Test
    void withoutAProviderTheSyncEndpointSaysSoAndNoSyncJobExists() {
        Api api = new Api(client.toBlocking());
        Api.Answer answer = api.post("/api/admin/sync", null, api.adminToken("server-admin-" + java.util.UUID.randomUUID().toString().substring(0, 8)));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.body()).containsEntry("code", "provider.not-configured");
        assertThat(jobs.jobs()).extracting(BackgroundJob::name).doesNotContain("provider-sync");
    }

    @Test
    void theRootShowsTheLastRunOfEachJobThatRanOnThisNode() {
        BackgroundJob<?> sweep = jobs.jobs().stream().filter(job -> job.name().equals("status-sweep"))
                .findFirst().orElseThrow();
        sweep.runOnce();

        Map<String, Object> info = client.toBlocking()
                .retrieve(HttpRequest.GET("/"), Argument.mapOf(String.class, Object.class));

        assertThat(info.get("last_runs")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsKey("status-sweep")
                .extractingByKey("status-sweep").asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("succeeded", true).containsEntry("outcome", "idle").containsKey("at");
    }

    @Test
    void anUnknownPathIsAProblemDocumentWith404() {
        assertThatThrownBy(() -> client.toBlocking().exchange(HttpRequest.GET("/no/such/page"), String.class))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(404);
                    assertThat(e.getResponse().getContentType()).hasValueSatisfying(
                            type -> assertThat(type.toString()).isEqualTo("application/problem+json"));
                    assertThat(e.getResponse().getBody(String.class)).hasValueSatisfying(
                            body -> assertThat(body).contains("\"status\":404"));
                });
    }
}
