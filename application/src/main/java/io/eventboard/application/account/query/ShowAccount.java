package io.eventboard.application.account.query;

import io.eventboard.application.account.AccountRefusals;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.user.UserAccount;
import io.eventboard.domain.user.UserAccounts;
import io.eventboard.domain.user.UserId;

/**
 * The account behind a caller's access token ("who am I"). An access token outlives nothing but itself, so
 * the account it names may be gone; that is a refusal, not an error.
 */
public final class ShowAccount {

    private final UserAccounts accounts;

    public ShowAccount(UserAccounts accounts) {
        this.accounts = accounts;
    }

    public Result<UserAccount> show(UserId id) {
        return accounts.findById(id)
                .<Result<UserAccount>>map(Result::accepted)
                .orElseGet(() -> Result.rejected(AccountRefusals.NOT_FOUND));
    }
}
