package io.eventboard.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.application.account.SessionIssuer;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.RefreshTokens;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.DatabaseTest;
import io.eventboard.persistence.Given;
import io.eventboard.persistence.testing.DirectSql;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresRefreshTokensTest extends DatabaseTest {

    private static final Instant NOW = TestTime.NOW;
    private static final Instant EXPIRES = NOW.plus(Duration.ofDays(14));
    private static final int THREADS = 20;

    @Inject
    RefreshTokens tokens;
    @Inject
    Transactions transactions;
    @Inject
    Given given;

    @Test
    void anIssuedTokenIsStoredByItsHashAndConsumedOnceForItsOwner() {
        UserId ada = given.user("ada");
        String hash = SessionIssuer.hash("token-1");

        tokens.issue(hash, ada, EXPIRES, NOW);

        assertThat(DirectSql.number("""
                SELECT count(*) FROM refresh_tokens
                WHERE token_hash = ? AND user_id = ? AND issued_at = ? AND expires_at = ? AND revoked_at IS NULL
                """, hash, ada.value(), NOW, EXPIRES)).isEqualTo(1);
        Instant later = NOW.plus(Duration.ofHours(1));
        assertThat(tokens.consume(hash, later)).contains(ada);
        assertThat(DirectSql.number("SELECT count(*) FROM refresh_tokens WHERE token_hash = ? AND revoked_at = ?",
                hash, later)).isEqualTo(1);
    }

    @Test
    void aConsumedTokenIsNotConsumedAgain() {
        UserId ada = given.user("ada");
        String hash = SessionIssuer.hash("token-1");
        tokens.issue(hash, ada, EXPIRES, NOW);
        tokens.consume(hash, NOW);

        assertThat(tokens.consume(hash, NOW)).isEmpty();
        assertThat(tokens.consume(hash, NOW.plusSeconds(1))).isEmpty();
        assertThat(DirectSql.number("SELECT count(*) FROM refresh_tokens WHERE revoked_at = ?", NOW)).isEqualTo(1);
    }

    @Test
    void anExpiredTokenIsNotConsumedAndStaysUnrevoked() {
        UserId ada = given.user("ada");
        String hash = SessionIssuer.hash("token-1");
        tokens.issue(hash, ada, EXPIRES, NOW);

        assertThat(tokens.consume(hash, EXPIRES)).as("at the expiry instant").isEmpty();
        assertThat(tokens.consume(hash, EXPIRES.plusSeconds(1))).isEmpty();
        assertThat(DirectSql.number("SELECT count(*) FROM refresh_tokens WHERE revoked_at IS NULL")).isEqualTo(1);
        assertThat(tokens.consume(hash, EXPIRES.minusMillis(1))).as("just before it").contains(ada);
    }

    @Test
    void anUnknownTokenIsNotConsumed() {
        UserId ada = given.user("ada");
        tokens.issue(SessionIssuer.hash("token-1"), ada, EXPIRES, NOW);

        assertThat(tokens.consume(SessionIssuer.hash("token-2"), NOW)).isEmpty();
        assertThat(DirectSql.number("SELECT count(*) FROM refresh_tokens WHERE revoked_at IS NULL")).isEqualTo(1);
    }

    @Test
    void consumingJoinsTheCallersTransactionAndIsUndoneWithIt() {
        UserId ada = given.user("ada");
        String hash = SessionIssuer.hash("token-1");
        tokens.issue(hash, ada, EXPIRES, NOW);

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            assertThat(tokens.consume(hash, NOW)).contains(ada);
            throw new IllegalStateException("the new session could not be issued");
        })).hasMessageContaining("could not be issued");

        assertThat(tokens.consume(hash, NOW)).as("still live after the rollback").contains(ada);
    }

    @Test
    void tokensOfOneUserAreIndependent() {
        UserId ada = given.user("ada");
        UserId bob = given.user("bob");
        tokens.issue(SessionIssuer.hash("ada-phone"), ada, EXPIRES, NOW);
        tokens.issue(SessionIssuer.hash("ada-laptop"), ada, EXPIRES, NOW);
        tokens.issue(SessionIssuer.hash("bob-phone"), bob, EXPIRES, NOW);

        assertThat(tokens.consume(SessionIssuer.hash("ada-phone"), NOW)).contains(ada);

        assertThat(tokens.consume(SessionIssuer.hash("ada-laptop"), NOW)).contains(ada);
        assertThat(tokens.consume(SessionIssuer.hash("bob-phone"), NOW)).contains(bob);
    }

    @RepeatedTest(3)
    void ofTwentySimultaneousRefreshesWithOneTokenExactlyOneWins() throws Exception {
        UserId ada = given.user("ada");
        String hash = SessionIssuer.hash("token-1");
        tokens.issue(hash, ada, EXPIRES, NOW);

        List<Callable<Optional<UserId>>> refreshes = IntStream.range(0, THREADS)
                .<Callable<Optional<UserId>>>mapToObj(i -> () -> refresh(hash, "token-2-" + i))
                .toList();
        List<Optional<UserId>> outcomes = AtOnce.run(refreshes);

        assertThat(outcomes.stream().filter(Optional::isPresent)).singleElement().isEqualTo(Optional.of(ada));
        assertThat(DirectSql.number("SELECT count(*) FROM refresh_tokens WHERE token_hash = ? AND revoked_at = ?",
                hash, NOW)).isEqualTo(1);
        assertThat(DirectSql.number("SELECT count(*) FROM refresh_tokens WHERE revoked_at IS NULL"))
                .as("only the winner's new token").isEqualTo(1);
    }

    /** What RefreshSession does in one transaction: consume the old token, issue a new one when that worked. */
    private Optional<UserId> refresh(String oldHash, String newToken) {
        return transactions.inTransaction(() -> {
            Optional<UserId> owner = tokens.consume(oldHash, NOW);
            owner.ifPresent(user -> tokens.issue(SessionIssuer.hash(newToken), user, EXPIRES, NOW));
            return owner;
        });
    }

    @Test
    void deletingAUserDeletesTheirTokens() throws SQLException {
        UserId ada = given.user("ada");
        UserId bob = given.user("bob");
        tokens.issue(SessionIssuer.hash("ada-1"), ada, EXPIRES, NOW);
        tokens.issue(SessionIssuer.hash("ada-2"), ada, EXPIRES, NOW);
        tokens.issue(SessionIssuer.hash("bob-1"), bob, EXPIRES, NOW);

        DirectSql.execute("DELETE FROM users WHERE id = ?", ada.value());

        assertThat(DirectSql.number("SELECT count(*) FROM refresh_tokens WHERE user_id = ?", ada.value())).isZero();
        assertThat(DirectSql.number("SELECT count(*) FROM refresh_tokens")).isEqualTo(1);
        assertThat(tokens.consume(SessionIssuer.hash("ada-1"), NOW)).isEmpty();
    }

    @Test
    void aTokenHashIsIssuedOnlyOnceAndOnlyForAnExistingUser() {
        UserId ada = given.user("ada");
        String hash = SessionIssuer.hash("token-1");
        tokens.issue(hash, ada, EXPIRES, NOW);

        assertThatThrownBy(() -> tokens.issue(hash, ada, EXPIRES, NOW))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("23505");
        assertThatThrownBy(() -> tokens.issue(SessionIssuer.hash("token-2"), new UserId(UUID.randomUUID()),
                EXPIRES, NOW))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("23503");
    }
}
