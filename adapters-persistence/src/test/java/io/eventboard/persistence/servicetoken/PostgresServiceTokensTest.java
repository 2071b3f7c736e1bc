package io.eventboard.persistence.servicetoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.application.servicetoken.Scope;
import io.eventboard.application.servicetoken.ServiceToken;
import io.eventboard.application.servicetoken.ServiceTokenId;
import io.eventboard.application.servicetoken.ServiceTokenSecrets;
import io.eventboard.application.servicetoken.ServiceTokens;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.DatabaseTest;
import io.eventboard.persistence.Given;
import io.eventboard.persistence.testing.DirectSql;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresServiceTokensTest extends DatabaseTest {

    private static final Instant NOW = TestTime.NOW;

    @Inject
    ServiceTokens tokens;
    @Inject
    Given given;

    private ServiceToken token(String name, UserId admin, Instant createdAt, Scope... scopes) {
        return new ServiceToken(new ServiceTokenId(UUID.randomUUID()), name, Set.of(scopes), createdAt, admin, null,
                null);
    }

    @Test
    void aTokenIsStoredByItsHashAndFoundByIt() throws Exception {
        UserId admin = given.user("root");
        ServiceToken cron = token("cron", admin, NOW, Scope.OPS, Scope.NOTIFY);
        String hash = ServiceTokenSecrets.hash("ebst_secret");

        tokens.add(cron, hash);

        assertThat(DirectSql.number("SELECT count(*) FROM service_tokens WHERE token_hash = ? AND name = 'cron' "
                + "AND scopes = ARRAY['notify', 'ops'] AND created_by = ?", hash, admin.value())).isEqualTo(1);
        Instant later = NOW.plus(Duration.ofMinutes(5));
        ServiceToken used = tokens.use(hash, later).orElseThrow();
        assertThat(used.id()).isEqualTo(cron.id());
        assertThat(used.scopes()).containsExactlyInAnyOrder(Scope.OPS, Scope.NOTIFY);
        assertThat(used.createdBy()).isEqualTo(admin);
        assertThat(used.lastUsedAt()).isEqualTo(later);
        assertThat(tokens.use(ServiceTokenSecrets.hash("ebst_other"), later)).isEmpty();
    }

    @Test
    void aRevokedTokenIsListedButNoLongerUsable() {
        UserId admin = given.user("root");
        ServiceToken cron = token("cron", admin, NOW, Scope.OPS);
        String hash = ServiceTokenSecrets.hash("ebst_secret");
        tokens.add(cron, hash);
        Instant revokedAt = NOW.plusSeconds(60);

        assertThat(tokens.revoke(cron.id(), revokedAt).orElseThrow().revokedAt()).isEqualTo(revokedAt);
        assertThat(tokens.revoke(cron.id(), revokedAt.plusSeconds(60)).orElseThrow().revokedAt())
                .as("revoking twice keeps the first time").isEqualTo(revokedAt);
        assertThat(tokens.use(hash, revokedAt.plusSeconds(1))).isEmpty();
        assertThat(tokens.all()).singleElement().satisfies(listed -> assertThat(listed.revoked()).isTrue());
        assertThat(tokens.revoke(new ServiceTokenId(UUID.randomUUID()), NOW)).isEmpty();
    }

    @Test
    void theListIsNewestFirstAndSurvivesItsCreatorsDeletion() throws Exception {
        UserId admin = given.user("root");
        ServiceToken older = token("older", admin, NOW, Scope.OPS);
        ServiceToken newer = token("newer", admin, NOW.plusSeconds(1), Scope.NOTIFY);
        tokens.add(older, ServiceTokenSecrets.hash("ebst_1"));
        tokens.add(newer, ServiceTokenSecrets.hash("ebst_2"));

        DirectSql.execute("DELETE FROM users WHERE id = ?", admin.value());

        assertThat(tokens.all()).extracting(ServiceToken::name).containsExactly("newer", "older");
        assertThat(tokens.all()).allSatisfy(listed -> assertThat(listed.createdBy()).isNull());
    }

    @Test
    void theSchemaRefusesUnknownScopesAndDuplicateHashes() {
        UserId admin = given.user("root");
        String hash = ServiceTokenSecrets.hash("ebst_1");
        tokens.add(token("one", admin, NOW, Scope.OPS), hash);

        assertThatThrownBy(() -> tokens.add(token("two", admin, NOW, Scope.OPS), hash))
                .hasMessageContaining("service_tokens_token_hash_key");
        assertThatThrownBy(() -> DirectSql.execute("INSERT INTO service_tokens (id, name, scopes, token_hash, "
                + "created_at) VALUES (gen_random_uuid(), 'x', ARRAY['root'], ?, now())",
                ServiceTokenSecrets.hash("ebst_2"))).hasMessageContaining("service_tokens_scopes_check");
    }
}
