package io.eventboard.application.account.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.application.account.AccountRefusals;
import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.user.Actor;
import io.eventboard.domain.user.UserAccount;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListAccountsTest {

    private final TestBoard board = TestBoard.now();
    private final ListAccounts listAccounts = new ListAccounts(board.users());

    @Test
    void an_admin_sees_every_account_oldest_first_page_by_page_with_the_exact_total() {
        List<UserAccount> accounts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            accounts.add(board.givenAccount("user" + i, "password " + i + "!"));
            board.advance(Duration.ofMinutes(1));
        }

        Page<UserAccount> first = listAccounts.list(board.anAdmin(), new PageRequest(1, 2)).value();
        Page<UserAccount> last = listAccounts.list(board.anAdmin(), new PageRequest(3, 2)).value();
        Page<UserAccount> beyond = listAccounts.list(board.anAdmin(), new PageRequest(4, 2)).value();

        assertThat(first.items()).containsExactly(accounts.get(0), accounts.get(1));
        assertThat(first.page()).isEqualTo(1);
        assertThat(first.size()).isEqualTo(2);
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.totalExact()).isTrue();
        assertThat(last.items()).containsExactly(accounts.get(4));
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
    }

    @Test
    void a_user_who_is_not_an_admin_is_refused() {
        UserAccount ada = board.givenAccount("ada", "ada password 1");

        assertThat(listAccounts.list(Actor.user(ada.id()), PageRequest.first()).rejection())
                .isEqualTo(AccountRefusals.ADMINS_ONLY);
    }
}
