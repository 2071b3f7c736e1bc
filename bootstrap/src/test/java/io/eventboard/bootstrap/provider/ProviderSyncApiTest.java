package io.eventboard.bootstrap.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.bootstrap.http.Api;
import io.eventboard.bootstrap.http.Api.Answer;
import io.eventboard.bootstrap.jobs.BackgroundJob;
import io.eventboard.bootstrap.jobs.BackgroundJobs;
import io.eventboard.persistence.testing.DirectSql;
import io.eventboard.persistence.testing.TestDatabase;
import io.eventboard.provider.testing.FeedRecord;
import io.eventboard.provider.testing.FeedServer;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code POST /api/admin/sync}, imported events over the API, and what {@code GET /} says about the provider. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProviderSyncApiTest implements ProviderServer {

    private static final String SYNC = "/api/admin/sync";
    private static final Instant CHANGED = Instant.parse("2026-02-01T12:00:00Z");

    private final FeedServer feed = FeedServer.start();

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    BackgroundJobs jobs;

    private Api api;
    private String admin;

    @Override
    public FeedServer feed() {
        return feed;
    }

    @AfterAll
    void stopFeed() {
        feed.close();
    }

    @BeforeEach
    void freshBoard() {
        TestDatabase.cleanDatabase();
        api = new Api(http.toBlocking());
        admin = api.adminToken("root");
        feed.serve(List.of(
                FeedRecord.event("e-1").titled("Jazz night").changedAt(CHANGED).build(),
                FeedRecord.event("e-2").titled("Rock night").changedAt(CHANGED.plusSeconds(1)).build(),
                FeedRecord.event("e-3").titled(" ").changedAt(CHANGED.plusSeconds(2)).build(),
                FeedRecord.raw("e-4", CHANGED, "{\"id\":\"e-4\",\"capacity\":\"lots\"}")));
    }

    private Map<String, Object> provider() {
        return api.get("/", null).field("provider");
    }

    @Test
    void anAdminSyncsNowAndGetsTheSummaryAndTheRootShowsTheRun() {
        Answer first = api.post(SYNC, null, admin);

        assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
        assertThat(first.body()).containsEntry("created", 2).containsEntry("updated", 0)
                .containsEntry("unchanged", 0).containsEntry("failed", 2).containsEntry("completed", true)
                .containsKeys("started_at", "finished_at").doesNotContainKey("changed_since");

        Answer again = api.post(SYNC, null, admin);
        assertThat(again.body()).containsEntry("created", 0).containsEntry("unchanged", 1)
                .containsEntry("changed_since", CHANGED.plusSeconds(1).toString());
        assertThat(api.post(SYNC + "?all=true", null, admin).body()).containsEntry("unchanged", 2)
                .containsEntry("failed", 2);
        assertThat(api.post(SYNC + "?date=2026-02-01", null, admin).body())
                .containsEntry("changed_since", "2026-02-01T00:00:00Z");

        assertThat(provider()).containsEntry("name", PROVIDER).containsEntry("circuit_breaker", "closed");
        assertThat((Map<String, Object>) provider().get("last_sync")).containsEntry("unchanged", 2)
                .containsEntry("completed", true);
        assertThat(DirectSql.number("SELECT count(*) FROM events")).isEqualTo(2);
    }

    @Test
    void onlyAdminsSyncAndTheRequestIsChecked() {
        String ann = api.userToken("ann");
        int requests = feed.requests().size();

        assertThat(api.post(SYNC, null, ann).status()).isEqualTo(403);
        assertThat(api.post(SYNC, null, null).status()).isEqualTo(401);
        Answer both = api.post(SYNC + "?date=2026-01-01&all=true", null, admin);
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.<List<Map<String, Object>>>field("errors")).extracting(error -> error.get("field"))
                .containsExactly("all");
        Answer badDay = api.post(SYNC + "?date=yesterday", null, admin);
        assertThat(badDay.status()).isEqualTo(400);
        assertThat(badDay.<List<Map<String, Object>>>field("errors")).extracting(error -> error.get("field"))
                .containsExactly("date");
        assertThat(feed.requests()).as("no sync ran").hasSize(requests);
    }

    @Test
    void importedEventsAreBookableButReadOnlyAndBelongToTheProvidersAccount() {
        api.post(SYNC, null, admin);
        String ann = api.userToken("ann");
        Map<String, Object> listed = ((List<Map<String, Object>>) api.get("/api/events?q=jazz", null)
                .field("items")).get(0);
        String id = (String) listed.get("id");

        assertThat((Map<String, Object>) listed.get("organizer")).containsEntry("username", PROVIDER);
        assertThat(api.post("/api/events/" + id + "/book", null, ann).status()).isEqualTo(201);
        Answer edit = api.patch("/api/events/" + id, Map.of("title", "Mine now"), admin);
        assertThat(edit.status()).isEqualTo(403);
        assertThat(edit.body()).containsEntry("code", "event.read-only");
        assertThat(api.post("/api/events/" + id + "/cancel", null, admin).body())
                .containsEntry("code", "event.read-only");
        assertThat(api.post("/api/auth/login", Map.of("username", PROVIDER, "password", "!"), null).status())
                .isEqualTo(401);
    }

    @Test
    void aFailingProviderEndsTheSyncWith502AndTheRootShowsTheBreakerUntilItRecovers() throws Exception {
        feed.failing(1, 4, 500);

        Answer failed = api.post(SYNC, null, admin);

        assertThat(failed.status()).isEqualTo(502);
        assertThat(failed.body()).containsEntry("code", "provider.unavailable");
        assertThat((String) failed.field("detail")).contains("500").contains("created=0");
        assertThat(provider()).containsEntry("circuit_breaker", "open");
        assertThat((Map<String, Object>) provider().get("last_sync")).containsEntry("completed", false)
                .containsKey("interruption");

        Thread.sleep(BREAKER_RESET_MILLIS + 100);
        assertThat(provider()).containsEntry("circuit_breaker", "half-open");
        assertThat(api.post(SYNC, null, admin).status()).isEqualTo(200);
        assertThat(provider()).containsEntry("circuit_breaker", "closed");
    }

    @Test
    void theSyncJobRunsOnWorkersEveryIntervalAndItsRunShowsAtTheRoot() {
        BackgroundJob<?> job = jobs.jobs().stream().filter(candidate -> candidate.name().equals("provider-sync"))
                .findFirst().orElseThrow();

        job.runOnce();

        assertThat(job.interval()).isEqualTo(Duration.ofMinutes(15));
        Map<String, Object> root = api.get("/", null).body();
        assertThat((Map<String, Object>) root.get("job_intervals")).containsEntry("provider-sync", "PT15M");
        assertThat((Map<String, Object>) ((Map<String, Object>) root.get("last_runs")).get("provider-sync"))
                .containsEntry("succeeded", true)
                .containsEntry("outcome", "created=2 updated=0 unchanged=0 failed=2");
    }
}
