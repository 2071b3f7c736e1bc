package io.eventboard.application.account.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.application.account.AccountRefusals;
import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.common.InvalidInput;
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

        Page<UserAccount> first = listAccounts.list(board.anAdmin(), null, new PageRequest(1, 2)).value();
        Page<UserAccount> last = listAccounts.list(board.anAdmin(), null, new PageRequest(3, 2)).value();
        Page<UserAccount> beyond = listAccounts.list(board.anAdmin(), null, new PageRequest(4, 2)).value();

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
    void a_search_keeps_the_accounts_whose_username_or_email_contains_it_ignoring_case() {
        UserAccount ada = board.givenAccount("ada", "ada password 1");
        board.advance(Duration.ofMinutes(1));
        UserAccount bob = board.givenAccount("bob", "bob password 1");
        board.givenAccount("cyd", "cyd password 1");

        assertThat(listAccounts.list(board.anAdmin(), " ADA ", PageRequest.first()).value().items())
                .containsExactly(ada);
        assertThat(listAccounts.list(board.anAdmin(), "BO", PageRequest.first()).value().items())
                .containsExactly(bob);
        assertThat(listAccounts.list(board.anAdmin(), "  ", PageRequest.first()).value().total()).isEqualTo(3);
    }

    @Test
    void a_search_text_longer_than_100_characters_is_refused() {
        assertThatThrownBy(() -> listAccounts.list(board.anAdmin(), "x".repeat(101), PageRequest.first()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("q must be at most 100 characters");
    }

    @Test
    void a_user_who_is_not_an_admin_is_refused() {
        UserAccount ada = board.givenAccount("ada", "ada password 1");

        assertThat(listAccounts.list(Actor.user(ada.id()), null, PageRequest.first()).rejection())
                .isEqualTo(AccountRefusals.ADMINS_ONLY);
    }
}
