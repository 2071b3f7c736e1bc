package io.eventboard.application.account.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.application.account.AccountRefusals;
import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.user.UserAccount;
import org.junit.jupiter.api.Test;

class ShowAccountTest {

    private final TestBoard board = TestBoard.now();
    private final ShowAccount showAccount = new ShowAccount(board.users());

    @Test
    void shows_the_account_of_the_given_id() {
        UserAccount ada = board.givenAccount("ada", "ada password 1");

        assertThat(showAccount.show(ada.id()).value()).isEqualTo(ada);
    }

    @Test
    void an_account_that_does_not_exist_is_refused_as_not_found() {
        board.givenAccount("ada", "ada password 1");

        Result<UserAccount> shown = showAccount.show(board.aUser());

        assertThat(shown.rejection()).isEqualTo(AccountRefusals.NOT_FOUND);
        assertThat(shown.rejection().code()).isEqualTo("account.not-found");
    }
}
