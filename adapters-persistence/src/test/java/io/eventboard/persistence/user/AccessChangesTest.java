package io.eventboard.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.RefreshTokens;
import io.eventboard.domain.user.Role;
import io.eventboard.domain.user.UserAccount;
import io.eventboard.domain.user.UserAccounts;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.DatabaseTest;
import io.eventboard.persistence.Given;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What admins change about accounts, and how they find them. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessChangesTest extends DatabaseTest {

    private static final Instant NOW = TestTime.NOW;

    @Inject
    UserAccounts users;
    @Inject
    RefreshTokens refreshTokens;
    @Inject
    Given given;

    @Test
    void anAccountsRoleAndSwitchAreStored() {
        UserId ann = given.user("ann");

        assertThat(users.changeAccess(ann, Role.ADMIN, false)).isTrue();

        UserAccount stored = users.findById(ann).orElseThrow();
        assertThat(stored.role()).isEqualTo(Role.ADMIN);
        assertThat(stored.enabled()).isFalse();
        assertThat(users.changeAccess(new UserId(UUID.randomUUID()), Role.USER, true)).isFalse();
    }

    @Test
    void revokingAllOfAUsersTokensLeavesOtherUsersAndDeadTokensAlone() {
        UserId ann = given.user("ann");
        UserId bob = given.user("bob");
        refreshTokens.issue("a".repeat(64), ann, NOW.plus(Duration.ofDays(1)), NOW);
        refreshTokens.issue("b".repeat(64), ann, NOW.plus(Duration.ofDays(1)), NOW);
        refreshTokens.issue("c".repeat(64), ann, NOW.minus(Duration.ofMinutes(1)), NOW.minus(Duration.ofDays(1)));
        refreshTokens.issue("d".repeat(64), bob, NOW.plus(Duration.ofDays(1)), NOW);

        assertThat(refreshTokens.revokeAll(ann, NOW)).isEqualTo(2);

        assertThat(refreshTokens.consume("a".repeat(64), NOW)).isEmpty();
        assertThat(refreshTokens.consume("b".repeat(64), NOW)).isEmpty();
        assertThat(refreshTokens.consume("d".repeat(64), NOW)).contains(bob);
    }

    @Test
    void aSearchFindsUsernamesAndEmailsContainingTheTextIgnoringCase() {
        given.user("Ann.Lee");
        given.user("bob");
        given.user("annika");

        assertThat(users.list("ANN", PageRequest.first()).items()).extracting(UserAccount::username)
                .containsExactlyInAnyOrder("Ann.Lee", "annika");
        assertThat(users.list("bob@example", PageRequest.first()).items()).extracting(UserAccount::username)
                .containsExactly("bob");
        assertThat(users.list("ann", new PageRequest(2, 1)).total()).isEqualTo(2);
        assertThat(users.list("%", PageRequest.first()).items()).isEmpty();
        assertThat(users.list(null, PageRequest.first()).total()).isEqualTo(3);
    }
}
