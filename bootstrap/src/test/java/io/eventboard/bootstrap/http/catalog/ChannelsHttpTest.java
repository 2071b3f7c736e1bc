package io.eventboard.bootstrap.http.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.bootstrap.TestServer;
import io.eventboard.bootstrap.http.catalog.CatalogApi.Answer;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code /api/channels}: anyone reads, admins write; every refusal is a problem document with a stable code. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChannelsHttpTest implements TestServer {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;

    private CatalogApi api;
    private CatalogApi.Tokens tokens;

    @BeforeAll
    void accounts() {
        api = new CatalogApi(client, json);
        tokens = api.freshDatabaseWithAccounts();
    }

    @BeforeEach
    void noChannels() {
        api.emptyCatalog();
    }

    private UUID channel(String name) {
        return api.created("/api/channels", Map.of("name", name), tokens.admin());
    }

    @Test
    void anyoneListsTheChannelsByNameIgnoringCase() {
        channel("kotlin");
        channel("Java");
        channel("android");

        Answer all = api.get("/api/channels");
        Answer second = api.get("/api/channels?page=2&size=2");

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body()).containsEntry("page", 1).containsEntry("size", 100).containsEntry("total", 3);
        assertThat(all.items()).extracting(item -> item.get("name")).containsExactly("android", "Java", "kotlin");
        assertThat(all.items().get(0)).containsOnlyKeys("id", "name");
        assertThat(second.items()).extracting(item -> item.get("name")).containsExactly("kotlin");
    }

    @Test
    void anyoneReadsOneChannelAndAnUnknownOneIsA404() {
        UUID kotlin = channel("Kotlin User Group");

        Answer found = api.get("/api/channels/" + kotlin);

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).isEqualTo(Map.of("id", kotlin.toString(), "name", "Kotlin User Group"));
        api.get("/api/channels/" + UUID.randomUUID()).isProblem(404, "channel.not-found");
    }

    @Test
    void anAdminCreatesAChannelAnswering201WithItsLocation() {
        Answer created = api.post("/api/channels", Map.of("name", " Kotlin User Group "), tokens.admin());

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).containsEntry("name", "Kotlin User Group");
        assertThat(created.location()).isEqualTo("/api/channels/" + created.body().get("id"));
        assertThat(api.get(created.location()).body()).isEqualTo(created.body());
    }

    @Test
    void writingWithoutATokenIs401AndAsAPlainUserIs403() {
        UUID kotlin = channel("Kotlin");

        assertThat(api.post("/api/channels", Map.of("name", "Java"), null).status()).isEqualTo(401);
        assertThat(api.post("/api/channels", Map.of("name", "Java"), tokens.user()).status()).isEqualTo(403);
        assertThat(api.patch("/api/channels/" + kotlin, Map.of("name", "Java"), null).status()).isEqualTo(401);
        assertThat(api.patch("/api/channels/" + kotlin, Map.of("name", "Java"), tokens.user()).status())
                .isEqualTo(403);
        assertThat(api.delete("/api/channels/" + kotlin, null).status()).isEqualTo(401);
        assertThat(api.delete("/api/channels/" + kotlin, tokens.user()).status()).isEqualTo(403);
        assertThat(api.count("channels")).isEqualTo(1);
    }

    @Test
    void aTakenNameIsA409WhateverItsCase() {
        channel("Kotlin");
        UUID java = channel("Java");

        api.post("/api/channels", Map.of("name", "KOTLIN"), tokens.admin()).isProblem(409, "channel.duplicate");
        api.patch("/api/channels/" + java, Map.of("name", "kotlin"), tokens.admin())
                .isProblem(409, "channel.duplicate");
        assertThat(api.count("channels")).isEqualTo(2);
    }

    @Test
    void aBadNameIsA400NamingTheField() {
        UUID kotlin = channel("Kotlin");

        for (Object body : new Object[] {Map.of("name", ""), Map.of("name", "c".repeat(101)), Map.of()}) {
            assertThat(api.post("/api/channels", body, tokens.admin()).isProblem(400, "validation")
                    .fieldsInError()).containsExactly("name");
            assertThat(api.patch("/api/channels/" + kotlin, body, tokens.admin()).isProblem(400, "validation")
                    .fieldsInError()).containsExactly("name");
        }
        assertThat(api.count("channels")).isEqualTo(1);
    }

    @Test
    void anAdminRenamesAChannel() {
        UUID kotlin = channel("Kotlin");

        Answer renamed = api.patch("/api/channels/" + kotlin, Map.of("name", "Kotlin User Group"), tokens.admin());

        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.body()).isEqualTo(Map.of("id", kotlin.toString(), "name", "Kotlin User Group"));
        api.patch("/api/channels/" + UUID.randomUUID(), Map.of("name", "x"), tokens.admin())
                .isProblem(404, "channel.not-found");
    }

    @Test
    void anAdminDeletesAChannelNoEventIsPublishedInWith204() {
        UUID kotlin = channel("Kotlin");

        assertThat(api.delete("/api/channels/" + kotlin, tokens.admin()).status()).isEqualTo(204);
        api.get("/api/channels/" + kotlin).isProblem(404, "channel.not-found");
        api.delete("/api/channels/" + kotlin, tokens.admin()).isProblem(404, "channel.not-found");
    }

    @Test
    void aChannelAnEventIsPublishedInIsA409AndStays() {
        UUID kotlin = channel("Kotlin");
        api.event(null, kotlin, null);

        api.delete("/api/channels/" + kotlin, tokens.admin()).isProblem(409, "channel.in-use");

        assertThat(api.get("/api/channels/" + kotlin).status()).isEqualTo(200);
    }
}
