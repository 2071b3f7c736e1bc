package io.eventboard.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.Role;
import io.eventboard.domain.user.UserAccount;
import io.eventboard.domain.user.UserAccounts;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.DatabaseTest;
import io.eventboard.persistence.testing.DirectSql;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresUserAccountsTest extends DatabaseTest {

    @Inject
    UserAccounts users;

    @Test
    void anAddedAccountIsFoundByIdAndByUsernameInAnyCase() {
        UserAccount alice = account("Alice", "alice@example.org", Role.ADMIN);

        assertThat(users.add(alice)).isTrue();

        assertThat(users.findById(alice.id())).contains(alice);
        assertThat(users.findByUsername("Alice")).contains(alice);
        assertThat(users.findByUsername("aLiCe")).contains(alice);
        assertThat(users.findByUsername("bob")).isEmpty();
        assertThat(users.findById(new UserId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void aTakenUsernameOrEmailIsRefusedWhateverItsCase() {
        UserAccount alice = account("alice", "alice@example.org", Role.USER);
        users.add(alice);

        assertThat(users.add(account("ALICE", "other@example.org", Role.USER))).isFalse();
        assertThat(users.add(account("alice2", "ALICE@example.org", Role.USER))).isFalse();
        assertThat(users.add(new UserAccount(alice.id(), "carol", "carol@example.org", "h", Role.USER, true,
                TestTime.NOW))).as("a taken id").isFalse();
        assertThat(users.add(account("bob", "bob@example.org", Role.USER))).isTrue();
    }

    @Test
    void aDuplicateIsAnsweredWithFalseNotAnExceptionAndStoresNothing() {
        UserAccount alice = account("alice", "alice@example.org", Role.USER);
        users.add(alice);

        assertThatCode(() -> users.add(account("Alice", "alice@example.org", Role.USER))).doesNotThrowAnyException();
        assertThat(DirectSql.number("SELECT count(*) FROM users")).isEqualTo(1);
        assertThat(users.findByUsername("alice")).contains(alice);
    }

    @RepeatedTest(3)
    void ofTwentySimultaneousRegistrationsOfOneNameExactlyOneSucceedsAndNoneThrows() throws Exception {
        List<Callable<Boolean>> registrations = IntStream.range(0, 20)
                .<Callable<Boolean>>mapToObj(i -> () -> users.add(account(i % 2 == 0 ? "carol" : "CAROL",
                        "carol" + i + "@example.org", Role.USER)))
                .toList();

        List<Boolean> outcomes = AtOnce.run(registrations);

        assertThat(outcomes).containsOnlyOnce(true);
        assertThat(DirectSql.number("SELECT count(*) FROM users WHERE lower(username) = 'carol'")).isEqualTo(1);
    }

    @RepeatedTest(3)
    void ofTwentySimultaneousRegistrationsOfOneEmailExactlyOneSucceedsAndNoneThrows() throws Exception {
        List<Callable<Boolean>> registrations = IntStream.range(0, 20)
                .<Callable<Boolean>>mapToObj(i -> () -> users.add(account("dave" + i,
                        i % 2 == 0 ? "dave@example.org" : "DAVE@example.org", Role.USER)))
                .toList();

        List<Boolean> outcomes = AtOnce.run(registrations);

        assertThat(outcomes).containsOnlyOnce(true);
        assertThat(DirectSql.number("SELECT count(*) FROM users")).isEqualTo(1);
    }

    @Test
    void aDisabledAccountStaysDisabled() {
        UserAccount disabled = new UserAccount(new UserId(UUID.randomUUID()), "mallory", "m@example.org", "h",
                Role.USER, false, TestTime.NOW);
        users.add(disabled);

        assertThat(users.findById(disabled.id())).contains(disabled);
    }

    private static UserAccount account(String username, String email, Role role) {
        return new UserAccount(new UserId(UUID.randomUUID()), username, email, "$argon2id$v=19$hash", role, true,
                TestTime.NOW);
    }
}
