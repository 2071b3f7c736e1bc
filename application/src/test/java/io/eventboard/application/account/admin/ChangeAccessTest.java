package io.eventboard.application.account.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.application.account.AccountRefusals;
import io.eventboard.application.account.Session;
import io.eventboard.application.account.login.LogIn;
import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.user.Actor;
import io.eventboard.domain.user.Role;
import io.eventboard.domain.user.UserAccount;
import org.junit.jupiter.api.Test;

class ChangeAccessTest {

    private static final String PASSWORD = "correct horse battery staple";

    private final TestBoard board = TestBoard.now();
    private final ChangeAccess changeAccess = board.changeAccess();
    private final UserAccount ada = board.givenAccount("ada", PASSWORD);
    private final Actor admin = board.anAdmin();

    @Test
    void an_admin_makes_a_user_an_admin_and_the_next_session_carries_the_role() {
        UserAccount changed = changeAccess.change(new ChangeAccess.Command(admin, ada.id(), Role.ADMIN, null)).value();

        assertThat(changed.role()).isEqualTo(Role.ADMIN);
        assertThat(changed.enabled()).isTrue();
        assertThat(board.users().findById(ada.id())).contains(changed);
        assertThat(logIn().value().account().role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void a_disabled_account_can_neither_log_in_nor_refresh_the_sessions_it_had() {
        Session before = logIn().value();

        UserAccount changed = changeAccess.change(new ChangeAccess.Command(admin, ada.id(), null, false)).value();

        assertThat(changed.enabled()).isFalse();
        assertThat(changed.role()).isEqualTo(Role.USER);
        assertThat(board.refreshTokens().live(board.instant())).isEmpty();
        assertThat(board.refreshSession().refresh(before.refreshToken()).rejection())
                .isEqualTo(AccountRefusals.BAD_REFRESH_TOKEN);
        assertThat(logIn().rejection()).isEqualTo(AccountRefusals.BAD_CREDENTIALS);
    }

    @Test
    void enabling_it_again_lets_it_log_in() {
        changeAccess.change(new ChangeAccess.Command(admin, ada.id(), null, false));

        changeAccess.change(new ChangeAccess.Command(admin, ada.id(), null, true));

        assertThat(logIn().isAccepted()).isTrue();
    }

    @Test
    void admins_cannot_demote_or_disable_themselves_but_may_repeat_what_they_are() {
        UserAccount root = board.changeAccess().change(new ChangeAccess.Command(admin, ada.id(), Role.ADMIN, null))
                .value();
        Actor self = root.asActor();

        assertThat(changeAccess.change(new ChangeAccess.Command(self, root.id(), Role.USER, null)).rejection())
                .isEqualTo(AccountRefusals.OWN_ACCESS);
        assertThat(changeAccess.change(new ChangeAccess.Command(self, root.id(), null, false)).rejection())
                .isEqualTo(AccountRefusals.OWN_ACCESS);
        assertThat(changeAccess.change(new ChangeAccess.Command(self, root.id(), Role.ADMIN, true)).value())
                .isEqualTo(root);
        assertThat(board.users().findById(root.id()).orElseThrow().role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void only_admins_change_accounts_and_only_existing_ones() {
        assertThat(changeAccess.change(new ChangeAccess.Command(ada.asActor(), ada.id(), Role.ADMIN, null))
                .rejection()).isEqualTo(AccountRefusals.ADMINS_ONLY);
        assertThat(changeAccess.change(new ChangeAccess.Command(admin, board.aUser(), Role.ADMIN, null))
                .rejection()).isEqualTo(AccountRefusals.NOT_FOUND);
    }

    @Test
    void a_change_needs_a_role_or_a_switch() {
        assertThatThrownBy(() -> new ChangeAccess.Command(admin, ada.id(), null, null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("role give role, enabled or both");
    }

    private io.eventboard.domain.common.Result<Session> logIn() {
        return board.logIn().logIn(new LogIn.Command("ada", PASSWORD));
    }
}
