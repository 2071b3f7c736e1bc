package io.eventboard.domain.user;

import static io.eventboard.domain.testdata.TestTime.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.domain.common.FieldError;
import io.eventboard.domain.common.InvalidInput;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private final UserId id = new UserId(UUID.randomUUID());

    @Test
    void aValidAccountActsWithItsRole() {
        UserAccount admin = account("ada.l_1-x", "ada@example.org", Role.ADMIN);

        assertThat(admin.asActor()).isEqualTo(Actor.admin(id));
        assertThat(admin.asActor().isAdmin()).isTrue();
        assertThat(account("bob", "b@x.io", Role.USER).asActor()).isEqualTo(Actor.user(id));
    }

    @Test
    void anAdminChangesOnlyTheRoleAndTheSwitch() {
        UserAccount ada = account("ada", "ada@example.org", Role.USER);

        UserAccount changed = ada.withAccess(Role.ADMIN, false);

        assertThat(changed.role()).isEqualTo(Role.ADMIN);
        assertThat(changed.enabled()).isFalse();
        assertThat(changed).usingRecursiveComparison().ignoringFields("role", "enabled").isEqualTo(ada);
    }

    @Test
    void usernamesAre3To50LettersDigitsDotsUnderscoresOrDashes() {
        for (String bad : new String[] {"ab", "x".repeat(51), "with space", "ümlaut", null}) {
            assertRefusedOn(bad, "a@b.co", "username");
        }
        assertThat(account("x".repeat(50), "a@b.co", Role.USER).username()).hasSize(50);
    }

    @Test
    void theEmailMustLookLikeAnAddress() {
        for (String bad : new String[] {"plain", "a@b", "a b@c.d", "a@@b.c", null, "a@" + "b".repeat(250) + ".com"}) {
            assertRefusedOn("alice", bad, "email");
        }
    }

    @Test
    void actorsNeedAnIdAndARole() {
        assertThatThrownBy(() -> new Actor(null, Role.USER)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Actor(id, null)).isInstanceOf(NullPointerException.class);
        assertThat(Actor.user(id).isAdmin()).isFalse();
    }

    @Test
    void aUserIdIsReadFromAndPrintedAsItsUuid() {
        String text = "0190f5f4-7b3a-7c2e-9d1a-2b3c4d5e6f70";

        assertThat(UserId.of(text)).hasToString(text);
        assertThatThrownBy(() -> UserId.of("nope")).isInstanceOf(IllegalArgumentException.class);
    }

    private UserAccount account(String username, String email, Role role) {
        return new UserAccount(id, username, email, "$argon2id$hash", role, true, NOW);
    }

    private void assertRefusedOn(String username, String email, String field) {
        assertThatThrownBy(() -> account(username, email, Role.USER))
                .as("%s / %s", username, email)
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly(field));
    }
}
