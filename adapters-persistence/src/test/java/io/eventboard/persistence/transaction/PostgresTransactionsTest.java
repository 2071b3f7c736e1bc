package io.eventboard.persistence.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.domain.common.ConcurrentUpdate;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.user.UserAccounts;
import io.eventboard.persistence.DatabaseTest;
import io.eventboard.persistence.Given;
import io.eventboard.persistence.testing.DirectSql;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresTransactionsTest extends DatabaseTest {

    @Inject
    Transactions transactions;
    @Inject
    UserAccounts users;
    @Inject
    Given given;

    @Test
    void commitsWhenTheBlockReturns() {
        String answer = transactions.inTransaction(() -> {
            given.user("alice");
            return "done";
        });

        assertThat(answer).isEqualTo("done");
        assertThat(usersNamed("alice")).isEqualTo(1);
    }

    @Test
    void rollsBackAndRethrowsUnchangedWhenTheBlockThrows() {
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            given.user("alice");
            throw new ConcurrentUpdate("event 1");
        })).isInstanceOf(ConcurrentUpdate.class);

        assertThat(usersNamed("alice")).isZero();
    }

    @Test
    void aNestedBlockJoinsTheOuterTransaction() {
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            given.user("bob");
            transactions.inTransaction(() -> {
                assertThat(users.findByUsername("bob")).as("the outer block's uncommitted row").isPresent();
                return given.user("alice");
            });
            throw new IllegalStateException("fails after the inner block returned");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(usersNamed("alice")).as("the inner block's row is rolled back with the outer").isZero();
        assertThat(usersNamed("bob")).isZero();
    }

    @Test
    void outsideATransactionEachCallCommitsOnItsOwn() {
        given.user("alice");

        assertThat(usersNamed("alice")).isEqualTo(1);
    }

    private static long usersNamed(String username) {
        return DirectSql.number("SELECT count(*) FROM users WHERE username = ?", username);
    }
}
