package io.eventboard.application.account.logout;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.application.account.Session;
import io.eventboard.application.account.SessionIssuer;
import io.eventboard.application.account.login.LogIn;
import io.eventboard.application.account.refresh.RefreshSession;
import io.eventboard.application.testing.TestBoard;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LogOutTest {

    private static final String PASSWORD = "correct horse battery staple";

    private final TestBoard board = TestBoard.now();
    private final LogOut logOut = board.logOut();
    private final RefreshSession refreshSession = board.refreshSession();

    LogOutTest() {
        board.givenAccount("ada", PASSWORD);
    }

    private Session logIn() {
        return board.logIn().logIn(new LogIn.Command("ada", PASSWORD)).value();
    }

    @Test
    void logging_out_revokes_the_refresh_token() {
        Session session = logIn();
        board.advance(Duration.ofMinutes(3));

        assertThat(logOut.logOut(session.refreshToken())).isTrue();

        assertThat(board.refreshTokens().find(SessionIssuer.hash(session.refreshToken())).orElseThrow().revokedAt())
                .isEqualTo(board.instant());
        assertThat(refreshSession.refresh(session.refreshToken()).rejection().code())
                .isEqualTo("auth.invalid-refresh-token");
    }

    @Test
    void logging_out_twice_is_harmless() {
        Session session = logIn();
        logOut.logOut(session.refreshToken());

        assertThat(logOut.logOut(session.refreshToken())).isFalse();
        assertThat(board.refreshTokens().live(board.instant())).isEmpty();
    }

    @Test
    void logging_out_ends_only_that_session() {
        Session phone = logIn();
        Session laptop = logIn();

        logOut.logOut(phone.refreshToken());

        assertThat(refreshSession.refresh(laptop.refreshToken()).isAccepted()).isTrue();
    }

    @Test
    void a_refreshed_away_token_no_longer_logs_out_but_its_successor_does() {
        Session first = logIn();
        Session second = refreshSession.refresh(first.refreshToken()).value();

        assertThat(logOut.logOut(first.refreshToken())).isFalse();
        assertThat(logOut.logOut(second.refreshToken())).isTrue();
        assertThat(board.refreshTokens().live(board.instant())).isEmpty();
    }

    @Test
    void an_expired_or_unknown_token_is_nothing_to_log_out() {
        Session session = logIn();

        assertThat(logOut.logOut("never-issued")).isFalse();
        board.advance(TestBoard.SESSION_LIFETIME);
        assertThat(logOut.logOut(session.refreshToken())).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void a_missing_token_answers_false_without_a_transaction(String token) {
        int before = board.database().committedTransactions();

        assertThat(logOut.logOut(token)).isFalse();

        assertThat(board.database().committedTransactions()).isEqualTo(before);
    }
}
