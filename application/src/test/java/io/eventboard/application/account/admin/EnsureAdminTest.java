package io.eventboard.application.account.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.application.account.login.LogIn;
import io.eventboard.application.account.register.RegisterUser;
import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.user.Role;
import io.eventboard.domain.user.UserAccount;
import io.eventboard.domain.user.UserAccounts;
import io.eventboard.domain.user.UserId;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EnsureAdminTest {

    private static final String PASSWORD = "admin password 1";

    private final TestBoard board = TestBoard.now();
    private final EnsureAdmin ensureAdmin = board.ensureAdmin();

    @Test
    void creates_an_enabled_ADMIN_account_that_can_log_in() {
        EnsureAdmin.Outcome outcome = ensureAdmin.ensure("root", "root@example.org", PASSWORD);

        assertThat(outcome).isEqualTo(EnsureAdmin.Outcome.CREATED);
        UserAccount admin = board.users().findByUsername("root").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.enabled()).isTrue();
        assertThat(admin.email()).isEqualTo("root@example.org");
        assertThat(admin.passwordHash()).doesNotContain(PASSWORD);
        assertThat(admin.asActor().isAdmin()).isTrue();
        assertThat(board.logIn().logIn(new LogIn.Command("root", PASSWORD)).value().account()).isEqualTo(admin);
    }

    @Test
    void creates_the_admin_once_and_reports_ALREADY_EXISTS_after_leaving_it_unchanged() {
        ensureAdmin.ensure("root", "root@example.org", PASSWORD);
        UserAccount admin = board.users().findByUsername("root").orElseThrow();

        assertThat(ensureAdmin.ensure("root", "root@example.org", PASSWORD))
                .isEqualTo(EnsureAdmin.Outcome.ALREADY_EXISTS);
        assertThat(ensureAdmin.ensure("ROOT", "other@example.org", "another password"))
                .isEqualTo(EnsureAdmin.Outcome.ALREADY_EXISTS);

        assertThat(board.users().all()).containsExactly(admin);
        assertThat(board.logIn().logIn(new LogIn.Command("root", "another password")).isAccepted())
                .as("the password of the existing admin is not changed").isFalse();
    }

    @Test
    void an_ordinary_account_of_that_name_is_left_as_it_is() {
        UserAccount user = board.givenAccount("root", "user password 1");

        assertThat(ensureAdmin.ensure("root", "root@example.org", PASSWORD))
                .isEqualTo(EnsureAdmin.Outcome.ALREADY_EXISTS);

        assertThat(board.users().all()).containsExactly(user);
        assertThat(user.role()).isEqualTo(Role.USER);
    }

    @Test
    void an_email_already_used_by_another_account_is_reported_as_such_not_as_an_existing_admin() {
        UserAccount other = board.givenAccount("someone", "user password 1");

        assertThat(ensureAdmin.ensure("root", other.email(), PASSWORD)).isEqualTo(EnsureAdmin.Outcome.EMAIL_TAKEN);

        assertThat(board.users().findByUsername("root")).isEmpty();
        assertThat(board.users().all()).containsExactly(other);
    }

    @Test
    void an_admin_created_by_another_server_between_the_check_and_the_insert_is_reported_as_existing() {
        UserAccounts racing = new UserAccounts() {
            private boolean checked;

            @Override
            public boolean add(UserAccount account) {
                board.given(new UserAccount(new UserId(UUID.randomUUID()), account.username(), account.email(),
                        account.passwordHash(), Role.ADMIN, true, board.instant()));
                return board.users().add(account);
            }

            @Override
            public Optional<UserAccount> findById(UserId id) {
                return board.users().findById(id);
            }

            @Override
            public Optional<UserAccount> findByUsername(String username) {
                if (!checked) {
                    checked = true;
                    return Optional.empty();
                }
                return board.users().findByUsername(username);
            }

            @Override
            public Page<UserAccount> list(String search, PageRequest page) {
                return board.users().list(search, page);
            }

            @Override
            public boolean changeAccess(UserId id, Role role, boolean enabled) {
                return board.users().changeAccess(id, role, enabled);
            }
        };
        EnsureAdmin racingEnsure = new EnsureAdmin(racing,
                new RegisterUser(board.transactions(), racing, board.passwordHasher(), board.clock()));

        assertThat(racingEnsure.ensure("root", "root@example.org", PASSWORD))
                .isEqualTo(EnsureAdmin.Outcome.ALREADY_EXISTS);
        assertThat(board.users().all()).hasSize(1);
    }

    @Test
    void invalid_settings_are_refused_naming_the_field() {
        assertThatThrownBy(() -> ensureAdmin.ensure("root", "root@example.org", "short"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("password");
        assertThatThrownBy(() -> ensureAdmin.ensure("r", "root@example.org", PASSWORD))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("username");
        assertThatThrownBy(() -> ensureAdmin.ensure("root", "not an email", PASSWORD))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("email");

        assertThat(board.users().all()).isEmpty();
    }
}
