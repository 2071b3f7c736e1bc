package io.eventboard.application.account.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.application.account.AccountRefusals;
import io.eventboard.application.account.Session;
import io.eventboard.application.account.SessionIssuer;
import io.eventboard.application.account.login.LogIn;
import io.eventboard.application.testing.InMemoryRefreshTokens.StoredToken;
import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.common.Rejection;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.user.UserAccount;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RefreshSessionTest {

    private static final String PASSWORD = "correct horse battery staple";

    private final TestBoard board = TestBoard.now();
    private final UserAccount ada = board.givenAccount("ada", PASSWORD);
    private final RefreshSession refreshSession = board.refreshSession();

    private Session logIn() {
        return board.logIn().logIn(new LogIn.Command("ada", PASSWORD)).value();
    }

    private StoredToken stored(String token) {
        return board.refreshTokens().find(SessionIssuer.hash(token)).orElseThrow();
    }

    @Test
    void refreshing_rotates_the_token_the_old_one_is_revoked_and_the_new_one_lives_a_full_lifetime() {
        Session first = logIn();
        board.advance(Duration.ofHours(1));

        Session second = refreshSession.refresh(first.refreshToken()).value();

        assertThat(second.account()).isEqualTo(ada);
        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(second.refreshExpiresAt()).isEqualTo(board.instant().plus(TestBoard.SESSION_LIFETIME));
        assertThat(stored(first.refreshToken()).revokedAt()).isEqualTo(board.instant());
        StoredToken next = stored(second.refreshToken());
        assertThat(next.revoked()).isFalse();
        assertThat(next.user()).isEqualTo(ada.id());
        assertThat(next.issuedAt()).isEqualTo(board.instant());
        assertThat(board.refreshTokens().live(board.instant())).containsExactly(next);
    }

    @Test
    void the_old_token_is_refused_after_a_refresh_and_the_new_one_works() {
        Session first = logIn();
        Session second = refreshSession.refresh(first.refreshToken()).value();

        assertRefused(refreshSession.refresh(first.refreshToken()));

        Session third = refreshSession.refresh(second.refreshToken()).value();
        assertThat(third.account().id()).isEqualTo(ada.id());
        assertRefused(refreshSession.refresh(second.refreshToken()));
    }

    @Test
    void a_chain_of_refreshes_keeps_exactly_one_live_token() {
        String token = logIn().refreshToken();
        for (int i = 0; i < 10; i++) {
            board.advance(Duration.ofDays(1));
            token = refreshSession.refresh(token).value().refreshToken();
            assertThat(board.refreshTokens().live(board.instant())).hasSize(1);
        }
        assertThat(board.refreshTokens().all()).hasSize(11);
    }

    @Test
    void a_token_works_until_just_before_it_expires() {
        Session session = logIn();
        board.advance(TestBoard.SESSION_LIFETIME.minusMillis(1));

        assertThat(refreshSession.refresh(session.refreshToken()).isAccepted()).isTrue();
    }

    @Test
    void an_expired_token_is_refused_and_nothing_new_is_issued() {
        Session session = logIn();
        board.advance(TestBoard.SESSION_LIFETIME);

        assertRefused(refreshSession.refresh(session.refreshToken()));

        assertThat(board.refreshTokens().all()).hasSize(1);
        board.advance(Duration.ofDays(365));
        assertRefused(refreshSession.refresh(session.refreshToken()));
    }

    @Test
    void the_token_of_a_disabled_account_is_refused_and_stays_spent() {
        Session session = logIn();
        board.setEnabled(ada, false);

        assertRefused(refreshSession.refresh(session.refreshToken()));

        assertThat(board.refreshTokens().all()).hasSize(1);
        assertThat(stored(session.refreshToken()).revoked()).isTrue();
        board.setEnabled(ada, true);
        assertRefused(refreshSession.refresh(session.refreshToken()));
    }

    @Test
    void the_refreshed_session_carries_the_account_as_it_is_now() {
        Session session = logIn();
        UserAccount changed = board.inTransaction(() -> board.users().replace(new UserAccount(ada.id(),
                ada.username(), "new@example.org", ada.passwordHash(), ada.role(), true, ada.createdAt())));

        assertThat(refreshSession.refresh(session.refreshToken()).value().account()).isEqualTo(changed);
    }

    @Test
    void an_unknown_token_is_refused() {
        logIn();

        assertRefused(refreshSession.refresh("not-a-token-anybody-was-given"));
        assertThat(board.refreshTokens().all()).hasSize(1);
    }

    @Test
    void the_hash_of_a_token_is_not_a_token() {
        Session session = logIn();

        assertRefused(refreshSession.refresh(SessionIssuer.hash(session.refreshToken())));
        assertThat(refreshSession.refresh(session.refreshToken()).isAccepted()).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n"})
    void a_missing_token_is_refused_without_a_transaction(String token) {
        int before = board.database().committedTransactions();

        assertRefused(refreshSession.refresh(token));

        assertThat(board.database().committedTransactions()).isEqualTo(before);
    }

    @Test
    void tokens_of_different_users_are_independent() {
        UserAccount bob = board.givenAccount("bob", PASSWORD);
        Session adas = logIn();
        Session bobs = board.logIn().logIn(new LogIn.Command("bob", PASSWORD)).value();

        assertThat(refreshSession.refresh(bobs.refreshToken()).value().account()).isEqualTo(bob);
        assertThat(refreshSession.refresh(adas.refreshToken()).value().account()).isEqualTo(ada);
        Instant now = board.instant();
        assertThat(board.refreshTokens().live(now)).extracting(StoredToken::user)
                .containsExactlyInAnyOrder(ada.id(), bob.id());
    }

    private static void assertRefused(Result<Session> result) {
        assertThat(result.isAccepted()).isFalse();
        assertThat(result.rejection()).isEqualTo(AccountRefusals.BAD_REFRESH_TOKEN);
        assertThat(result.rejection().code()).isEqualTo("auth.invalid-refresh-token");
        assertThat(result.rejection().kind()).isEqualTo(Rejection.Kind.UNAUTHENTICATED);
    }
}
