package io.eventboard.application.account.login;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.application.account.AccountRefusals;
import io.eventboard.application.account.Session;
import io.eventboard.application.account.SessionIssuer;
import io.eventboard.application.testing.InMemoryRefreshTokens.StoredToken;
import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.common.Rejection;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.user.UserAccount;
import org.junit.jupiter.api.Test;

class LogInTest {

    private static final String PASSWORD = "correct horse battery staple";

    private final TestBoard board = TestBoard.now();
    private final UserAccount ada = board.givenAccount("ada", PASSWORD);
    private final LogIn logIn = board.logIn();

    private Result<Session> logIn(String username, String password) {
        return logIn.logIn(new LogIn.Command(username, password));
    }

    @Test
    void the_right_password_opens_a_session_whose_refresh_token_is_stored_only_as_its_hash() {
        Session session = logIn("ada", PASSWORD).value();

        assertThat(session.account()).isEqualTo(ada);
        assertThat(session.refreshToken()).isNotBlank();
        assertThat(session.refreshExpiresAt()).isEqualTo(board.instant().plus(TestBoard.SESSION_LIFETIME));
        StoredToken stored = board.refreshTokens().all().get(0);
        assertThat(board.refreshTokens().all()).hasSize(1);
        assertThat(stored.tokenHash())
                .isEqualTo(SessionIssuer.hash(session.refreshToken()))
                .isNotEqualTo(session.refreshToken())
                .doesNotContain(session.refreshToken());
        assertThat(stored.user()).isEqualTo(ada.id());
        assertThat(stored.issuedAt()).isEqualTo(board.instant());
        assertThat(stored.expiresAt()).isEqualTo(session.refreshExpiresAt());
        assertThat(stored.revoked()).isFalse();
    }

    @Test
    void the_username_may_be_typed_in_any_case() {
        Session session = logIn("ADA", PASSWORD).value();

        assertThat(session.account().id()).isEqualTo(ada.id());
    }

    @Test
    void each_login_opens_a_session_of_its_own() {
        Session first = logIn("ada", PASSWORD).value();
        Session second = logIn("ada", PASSWORD).value();

        assertThat(first.refreshToken()).isNotEqualTo(second.refreshToken());
        assertThat(board.refreshTokens().live(board.instant())).hasSize(2);
    }

    @Test
    void a_wrong_password_is_refused_and_nothing_is_stored() {
        Result<Session> result = logIn("ada", PASSWORD + "x");

        assertRefusedWithoutSession(result);
    }

    @Test
    void a_password_in_another_case_is_wrong() {
        assertRefusedWithoutSession(logIn("ada", PASSWORD.toUpperCase()));
    }

    @Test
    void an_unknown_user_is_refused_like_a_wrong_password_and_still_costs_a_hash_check() {
        int checksBefore = board.passwordHasher().checks();

        Result<Session> result = logIn("nobody", PASSWORD);

        assertRefusedWithoutSession(result);
        assertThat(board.passwordHasher().checks()).as("timing does not tell unknown users apart")
                .isEqualTo(checksBefore + 1);
    }

    @Test
    void a_disabled_account_is_refused_even_with_the_right_password() {
        board.setEnabled(ada, false);

        assertRefusedWithoutSession(logIn("ada", PASSWORD));
    }

    @Test
    void a_re_enabled_account_can_log_in_again() {
        board.setEnabled(ada, false);
        board.setEnabled(ada, true);

        assertThat(logIn("ada", PASSWORD).isAccepted()).isTrue();
    }

    @Test
    void a_missing_username_or_password_is_refused() {
        assertRefusedWithoutSession(logIn(null, PASSWORD));
        assertRefusedWithoutSession(logIn("ada", null));
        assertRefusedWithoutSession(logIn(null, null));
        assertRefusedWithoutSession(logIn("", ""));
    }

    @Test
    void the_command_never_prints_the_password() {
        LogIn.Command command = new LogIn.Command("ada", PASSWORD);

        assertThat(command.toString()).isEqualTo("LogIn.Command[username=ada]").doesNotContain(PASSWORD);
    }

    @Test
    void the_session_never_prints_its_token() {
        Session session = logIn("ada", PASSWORD).value();

        assertThat(session.toString()).doesNotContain(session.refreshToken()).contains("ada");
    }

    private void assertRefusedWithoutSession(Result<Session> result) {
        assertThat(result.isAccepted()).isFalse();
        assertThat(result.rejection()).isEqualTo(AccountRefusals.BAD_CREDENTIALS);
        assertThat(result.rejection().code()).isEqualTo("auth.invalid-credentials");
        assertThat(result.rejection().kind()).isEqualTo(Rejection.Kind.UNAUTHENTICATED);
        assertThat(board.refreshTokens().all()).isEmpty();
    }
}
