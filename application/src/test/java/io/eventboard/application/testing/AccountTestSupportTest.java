package io.eventboard.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.eventboard.application.account.SessionIssuer;
import io.eventboard.domain.user.UserAccount;
import io.eventboard.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The test password hasher and the in-memory refresh tokens keep the promises the account tests rely on. */
class AccountTestSupportTest {

    private final TestBoard board = TestBoard.now();
    private final Sha256PasswordHasher hasher = new Sha256PasswordHasher();

    @Test
    void the_hasher_matches_only_the_hashed_password_and_salts_every_hash() {
        qt().withExamples(200)
                .forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 40),
                        strings().basicLatinAlphabet().ofLengthBetween(0, 3))
                .checkAssert((password, other) -> {
                    String hash = hasher.hash(password);
                    assertThat(hash).matches("[0-9a-f]{32}:[0-9a-f]{64}");
                    assertThat(hasher.matches(password, hash)).isTrue();
                    assertThat(hasher.matches(other, hash)).isEqualTo(other.equals(password));
                    assertThat(hasher.hash(password)).isNotEqualTo(hash);
                });
    }

    @Test
    void the_hasher_refuses_what_it_did_not_produce_and_counts_its_calls() {
        String hash = hasher.hash("password1");

        assertThat(hasher.matches("password1", null)).isFalse();
        assertThat(hasher.matches(null, hash)).isFalse();
        assertThat(hasher.matches("password1", "no colon")).isFalse();
        assertThat(hasher.matches("password1", "zz:zz")).isFalse();
        assertThat(hasher.matches("password1", "$argon2id$v=19$m=1:abc")).isFalse();
        assertThat(hasher.hashes()).isEqualTo(1);
        assertThat(hasher.checks()).isEqualTo(5);
    }

    @Test
    void refresh_tokens_are_consumed_once_and_only_while_unexpired() {
        UserAccount ada = board.givenAccount("ada", "password1");
        Instant now = board.instant();
        String hash = SessionIssuer.hash("token");
        board.inTransaction(() -> {
            board.refreshTokens().issue(hash, ada.id(), now.plus(Duration.ofHours(1)), now);
            return null;
        });

        assertThat(board.inTransaction(() -> board.refreshTokens().consume(hash, now.plus(Duration.ofHours(1)))))
                .as("expired at its expiry instant").isEmpty();
        assertThat(board.inTransaction(() -> board.refreshTokens().consume(hash, now))).contains(ada.id());
        assertThat(board.inTransaction(() -> board.refreshTokens().consume(hash, now))).isEmpty();
        assertThat(board.refreshTokens().of(ada.id())).singleElement()
                .satisfies(token -> assertThat(token.revokedAt()).isEqualTo(now));
    }

    @Test
    void refresh_tokens_keep_the_rules_of_the_table() {
        UserAccount ada = board.givenAccount("ada", "password1");
        Instant now = board.instant();
        String hash = SessionIssuer.hash("token");

        assertThatThrownBy(() -> board.refreshTokens().issue(hash, ada.id(), now, now))
                .hasMessageContaining("outside a transaction");
        assertThatThrownBy(() -> board.inTransaction(() -> {
            board.refreshTokens().issue("token", ada.id(), now, now);
            return null;
        })).hasMessageContaining("64 hex");
        assertThatThrownBy(() -> board.inTransaction(() -> {
            board.refreshTokens().issue(hash, new UserId(UUID.randomUUID()), now, now);
            return null;
        })).hasMessageContaining("foreign key");
        assertThatThrownBy(() -> board.inTransaction(() -> {
            board.refreshTokens().issue(hash, ada.id(), now, now);
            board.refreshTokens().issue(hash, ada.id(), now, now);
            return null;
        })).hasMessageContaining("unique");
        assertThat(board.refreshTokens().all()).as("rolled back").isEmpty();
    }
}
