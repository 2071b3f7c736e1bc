package io.eventboard.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.Role;
import io.eventboard.domain.user.UserAccount;
import io.eventboard.domain.user.UserAccounts;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresUserAccountsPagingTest extends DatabaseTest {

    @Inject
    UserAccounts users;

    @Test
    void accountsArePagedOldestFirstWithTheExactTotal() {
        List<UserAccount> stored = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            UserAccount account = new UserAccount(new UserId(UUID.randomUUID()), "user" + i,
                    "user" + i + "@example.org", "$argon2id$v=19$hash", i == 0 ? Role.ADMIN : Role.USER, true,
                    TestTime.NOW.plus(Duration.ofMinutes(5 - i)));
            users.add(account);
            stored.add(0, account);
        }

        Page<UserAccount> first = users.list(null, new PageRequest(1, 2));
        Page<UserAccount> second = users.list(null, new PageRequest(2, 2));
        Page<UserAccount> third = users.list(null, new PageRequest(3, 2));
        Page<UserAccount> beyond = users.list(null, new PageRequest(9, 2));

        assertThat(first.items()).containsExactly(stored.get(0), stored.get(1));
        assertThat(second.items()).containsExactly(stored.get(2), stored.get(3));
        assertThat(third.items()).containsExactly(stored.get(4));
        assertThat(beyond.items()).isEmpty();
        assertThat(List.of(first.total(), second.total(), third.total(), beyond.total())).containsOnly(5L);
        assertThat(first.totalExact()).isTrue();
        assertThat(first.page()).isEqualTo(1);
        assertThat(first.size()).isEqualTo(2);
    }

    @Test
    void accountsCreatedAtTheSameInstantAreOrderedByIdSoPagesNeitherOverlapNorSkip() {
        for (int i = 0; i < 4; i++) {
            users.add(new UserAccount(new UserId(UUID.randomUUID()), "twin" + i, "twin" + i + "@example.org", "h",
                    Role.USER, true, TestTime.NOW));
        }

        List<UUID> paged = new ArrayList<>();
        users.list(null, new PageRequest(1, 3)).items().forEach(account -> paged.add(account.id().value()));
        users.list(null, new PageRequest(2, 3)).items().forEach(account -> paged.add(account.id().value()));

        assertThat(paged).hasSize(4).doesNotHaveDuplicates();
    }

    @Test
    void anEmptyTableIsAnEmptyPage() {
        Page<UserAccount> page = users.list(null, PageRequest.first());

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
    }
}
