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

/** {@code /api/tags}: anyone reads, admins write; every refusal is a problem document with a stable code. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TagsHttpTest implements TestServer {

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
    void noTags() {
        api.emptyCatalog();
    }

    private UUID tag(String name) {
        return api.created("/api/tags", Map.of("name", name), tokens.admin());
    }

    @Test
    void anyoneListsTheTagsByNameAsAPageOfAHundredByDefault() {
        tag("kotlin");
        tag("java");
        tag("go");

        Answer all = api.get("/api/tags");
        Answer second = api.get("/api/tags?page=2&size=2");

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body()).containsEntry("page", 1).containsEntry("size", 100).containsEntry("total", 3);
        assertThat(all.items()).extracting(item -> item.get("name")).containsExactly("go", "java", "kotlin");
        assertThat(all.items().get(0)).containsOnlyKeys("id", "name");
        assertThat(second.items()).extracting(item -> item.get("name")).containsExactly("kotlin");
        assertThat(second.body()).containsEntry("page", 2).containsEntry("size", 2).containsEntry("total", 3);
    }

    @Test
    void anEmptyListingStillHasItsItems() {
        Answer none = api.get("/api/tags");

        assertThat(none.items()).isEmpty();
        assertThat(none.body()).containsEntry("total", 0);
    }

    @Test
    void aPageOutsideTheLimitsIsA400NamingTheParameter() {
        assertThat(api.get("/api/tags?size=101").isProblem(400, "validation").fieldsInError())
                .containsExactly("size");
        assertThat(api.get("/api/tags?page=0").isProblem(400, "validation").fieldsInError())
                .containsExactly("page");
    }

    @Test
    void anyoneReadsOneTagAndAnUnknownOneIsA404() {
        UUID kotlin = tag("kotlin");

        Answer found = api.get("/api/tags/" + kotlin);

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).isEqualTo(Map.of("id", kotlin.toString(), "name", "kotlin"));
        api.get("/api/tags/" + UUID.randomUUID()).isProblem(404, "tag.not-found");
    }

    @Test
    void anAdminCreatesATagAnswering201WithItsLocationAndATrimmedLowerCaseName() {
        Answer created = api.post("/api/tags", Map.of("name", "  Kotlin "), tokens.admin());

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).containsEntry("name", "kotlin").containsKey("id");
        assertThat(created.location()).isEqualTo("/api/tags/" + created.body().get("id"));
        assertThat(api.get(created.location()).body()).isEqualTo(created.body());
    }

    @Test
    void writingWithoutATokenIs401AndAsAPlainUserIs403() {
        UUID kotlin = tag("kotlin");

        assertThat(api.post("/api/tags", Map.of("name", "java"), null).status()).isEqualTo(401);
        assertThat(api.post("/api/tags", Map.of("name", "java"), tokens.user()).status()).isEqualTo(403);
        assertThat(api.patch("/api/tags/" + kotlin, Map.of("name", "java"), null).status()).isEqualTo(401);
        assertThat(api.patch("/api/tags/" + kotlin, Map.of("name", "java"), tokens.user()).status()).isEqualTo(403);
        assertThat(api.delete("/api/tags/" + kotlin, null).status()).isEqualTo(401);
        assertThat(api.delete("/api/tags/" + kotlin, tokens.user()).status()).isEqualTo(403);
        assertThat(api.post("/api/tags", Map.of("name", "java"), "not-a-token").status()).isEqualTo(401);
        assertThat(api.get("/api/tags").items()).extracting(item -> item.get("name")).containsExactly("kotlin");
    }

    @Test
    void aTakenNameIsA409WhateverItsCase() {
        UUID kotlin = tag("kotlin");
        UUID java = tag("java");

        api.post("/api/tags", Map.of("name", "KOTLIN"), tokens.admin()).isProblem(409, "tag.duplicate");
        api.patch("/api/tags/" + java, Map.of("name", "Kotlin"), tokens.admin()).isProblem(409, "tag.duplicate");
        assertThat(api.count("tags")).isEqualTo(2);
        assertThat(api.get("/api/tags/" + kotlin).body()).containsEntry("name", "kotlin");
    }

    @Test
    void aBadNameIsA400NamingTheField() {
        UUID kotlin = tag("kotlin");

        for (Object body : new Object[] {Map.of("name", " "), Map.of("name", "x".repeat(51)), Map.of()}) {
            assertThat(api.post("/api/tags", body, tokens.admin()).isProblem(400, "validation").fieldsInError())
                    .containsExactly("name");
            assertThat(api.patch("/api/tags/" + kotlin, body, tokens.admin()).isProblem(400, "validation")
                    .fieldsInError()).containsExactly("name");
        }
        assertThat(api.post("/api/tags", Map.of("name", "java", "colour", "red"), tokens.admin()).status())
                .isEqualTo(400);
        assertThat(api.count("tags")).isEqualTo(1);
    }

    @Test
    void anAdminRenamesATagAndEventsCarryTheNewName() {
        UUID kotlin = tag("kotlin");
        api.event(null, null, kotlin);

        Answer renamed = api.patch("/api/tags/" + kotlin, Map.of("name", "KotlinConf"), tokens.admin());

        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.body()).isEqualTo(Map.of("id", kotlin.toString(), "name", "kotlinconf"));
        assertThat(api.get("/api/tags/" + kotlin).body()).containsEntry("name", "kotlinconf");
        api.patch("/api/tags/" + UUID.randomUUID(), Map.of("name", "x"), tokens.admin())
                .isProblem(404, "tag.not-found");
    }

    @Test
    void anAdminDeletesATagNoEventCarriesWith204() {
        UUID kotlin = tag("kotlin");

        Answer deleted = api.delete("/api/tags/" + kotlin, tokens.admin());

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isNull();
        api.get("/api/tags/" + kotlin).isProblem(404, "tag.not-found");
        api.delete("/api/tags/" + kotlin, tokens.admin()).isProblem(404, "tag.not-found");
    }

    @Test
    void aTagThatAnEventCarriesIsA409AndStays() {
        UUID kotlin = tag("kotlin");
        api.event(null, null, kotlin);

        api.delete("/api/tags/" + kotlin, tokens.admin()).isProblem(409, "tag.in-use");

        assertThat(api.get("/api/tags/" + kotlin).status()).isEqualTo(200);
    }

    @Test
    void aMalformedIdIsA400() {
        assertThat(api.get("/api/tags/not-a-uuid").status()).isEqualTo(400);
    }
}
