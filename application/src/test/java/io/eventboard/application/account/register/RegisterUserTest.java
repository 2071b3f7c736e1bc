package io.eventboard.application.account.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.eventboard.application.account.AccountRefusals;
import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.common.FieldError;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.common.Rejection;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.user.Role;
import io.eventboard.domain.user.UserAccount;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegisterUserTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String PRINTED = "RegisterUser.Command[username=ada, email=ada@example.org, role=USER]";

    private final TestBoard board = TestBoard.now();
    private final RegisterUser registerUser = board.registerUser();

    private Result<UserAccount> register(String username, String email, String password) {
        return registerUser.register(new RegisterUser.Command(username, email, password, null));
    }

    @Test
    void a_new_user_is_stored_enabled_as_a_USER_with_a_hash_of_the_password_never_the_password() {
        UserAccount account = register("ada", "ada@example.org", PASSWORD).value();

        assertThat(account.username()).isEqualTo("ada");
        assertThat(account.email()).isEqualTo("ada@example.org");
        assertThat(account.role()).isEqualTo(Role.USER);
        assertThat(account.enabled()).isTrue();
        assertThat(account.createdAt()).isEqualTo(board.instant());
        assertThat(board.users().findById(account.id())).contains(account);
        assertThat(account.passwordHash()).isNotEqualTo(PASSWORD).doesNotContain(PASSWORD);
        assertThat(board.passwordHasher().matches(PASSWORD, account.passwordHash())).isTrue();
        assertThat(board.passwordHasher().matches(PASSWORD + "!", account.passwordHash())).isFalse();
        assertThat(board.database().committedTransactions()).isEqualTo(1);
    }

    @Test
    void the_role_is_USER_unless_the_command_names_another() {
        assertThat(new RegisterUser.Command("ada", "ada@example.org", PASSWORD, null).role()).isEqualTo(Role.USER);
        UserAccount admin = registerUser.register(
                new RegisterUser.Command("root", "root@example.org", PASSWORD, Role.ADMIN)).value();

        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(board.users().findById(admin.id()).orElseThrow().role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void the_email_is_stored_without_surrounding_blanks() {
        UserAccount account = register("ada", "  ada@example.org \t", PASSWORD).value();

        assertThat(account.email()).isEqualTo("ada@example.org");
    }

    @Test
    void the_same_password_hashes_differently_for_two_users() {
        UserAccount ada = register("ada", "ada@example.org", PASSWORD).value();
        UserAccount bob = register("bob", "bob@example.org", PASSWORD).value();

        assertThat(ada.passwordHash()).isNotEqualTo(bob.passwordHash());
        assertThat(ada.id()).isNotEqualTo(bob.id());
    }

    @Test
    void a_taken_username_is_refused_whatever_its_case_and_nothing_is_stored() {
        UserAccount ada = register("Ada", "ada@example.org", PASSWORD).value();

        Result<UserAccount> again = register("aDA", "other@example.org", PASSWORD);

        assertThat(again.isAccepted()).isFalse();
        assertThat(again.rejection()).isEqualTo(AccountRefusals.TAKEN);
        assertThat(again.rejection().code()).isEqualTo("account.taken");
        assertThat(again.rejection().kind()).isEqualTo(Rejection.Kind.CONFLICT);
        assertThat(board.users().all()).containsExactly(ada);
    }

    @Test
    void a_taken_email_is_refused_whatever_its_case() {
        UserAccount ada = register("ada", "ada@example.org", PASSWORD).value();

        Result<UserAccount> again = register("bob", "ADA@Example.ORG", PASSWORD);

        assertThat(again.rejection().code()).isEqualTo("account.taken");
        assertThat(board.users().all()).containsExactly(ada);
    }

    @Test
    void a_taken_email_is_recognised_even_with_surrounding_blanks() {
        register("ada", "ada@example.org", PASSWORD);

        assertThat(register("bob", " ada@example.org ", PASSWORD).rejection().code()).isEqualTo("account.taken");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"ab", "has space", "ümlaut", "semi;colon",
            "a123456789b123456789c123456789d123456789e123456789f"})
    void an_invalid_username_is_refused_naming_the_field_before_any_hashing(String username) {
        assertThatThrownBy(() -> register(username, "ada@example.org", PASSWORD))
                .isInstanceOfSatisfying(InvalidInput.class, invalid ->
                        assertThat(invalid.errors()).extracting(FieldError::field).containsExactly("username"));

        assertThat(board.users().all()).isEmpty();
        assertThat(board.passwordHasher().hashes()).as("refused before the slow hash").isZero();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "ada", "ada@", "@example.org", "ada@example", "ada@exa mple.org",
            "a@b@example.org"})
    void an_invalid_email_is_refused_naming_the_field(String email) {
        assertThatThrownBy(() -> register("ada", email, PASSWORD))
                .isInstanceOfSatisfying(InvalidInput.class, invalid ->
                        assertThat(invalid.errors()).extracting(FieldError::field).containsExactly("email"));

        assertThat(board.users().all()).isEmpty();
    }

    @Test
    void an_email_longer_than_254_characters_is_refused() {
        String email = "a".repeat(243) + "@example.org";
        assertThat(email).hasSize(255);

        assertThatThrownBy(() -> register("ada", email, PASSWORD))
                .isInstanceOfSatisfying(InvalidInput.class, invalid ->
                        assertThat(invalid.errors()).extracting(FieldError::field).containsExactly("email"));
    }

    @Test
    void a_bad_username_and_a_bad_email_are_reported_together() {
        assertThatThrownBy(() -> register("x", "nope", PASSWORD))
                .isInstanceOfSatisfying(InvalidInput.class, invalid ->
                        assertThat(invalid.errors()).extracting(FieldError::field)
                                .containsExactlyInAnyOrder("username", "email"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 129, 500})
    void a_password_shorter_than_8_or_longer_than_128_characters_is_refused(int length) {
        String password = "p".repeat(length);

        assertThatThrownBy(() -> new RegisterUser.Command("ada", "ada@example.org", password, null))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> {
                    assertThat(invalid.errors()).extracting(FieldError::field).containsExactly("password");
                    assertThat(invalid.getMessage()).contains("8-128");
                });
        assertThat(board.users().all()).isEmpty();
    }

    @Test
    void a_missing_password_is_refused() {
        assertThatThrownBy(() -> new RegisterUser.Command("ada", "ada@example.org", null, null))
                .isInstanceOfSatisfying(InvalidInput.class, invalid ->
                        assertThat(invalid.errors()).extracting(FieldError::field).containsExactly("password"));
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 9, 64, 127, 128})
    void a_password_of_8_to_128_characters_is_accepted(int length) {
        String password = "p".repeat(length);

        UserAccount account = register("ada", "ada@example.org", password).value();

        assertThat(board.passwordHasher().matches(password, account.passwordHash())).isTrue();
    }

    @Test
    void the_command_never_prints_the_password() {
        qt().withExamples(200)
                .forAll(strings().basicLatinAlphabet().ofLengthBetween(8, 128))
                .assuming(password -> !PRINTED.contains(password))
                .checkAssert(password -> {
                    RegisterUser.Command command = new RegisterUser.Command("ada", "ada@example.org", password, null);
                    assertThat(command.toString()).isEqualTo(PRINTED).doesNotContain(password);
                });
    }

    @Test
    void the_password_is_not_in_the_refusal_of_a_bad_password_either() {
        String password = "secret7";

        assertThatThrownBy(() -> new RegisterUser.Command("ada", "ada@example.org", password, null))
                .hasMessageNotContaining(password);
    }

    @Test
    void two_registrations_at_different_times_get_their_own_creation_time() {
        UserAccount ada = register("ada", "ada@example.org", PASSWORD).value();
        board.advance(Duration.ofMinutes(5));
        UserAccount bob = register("bob", "bob@example.org", PASSWORD).value();

        assertThat(bob.createdAt()).isEqualTo(ada.createdAt().plus(Duration.ofMinutes(5)));
    }
}
