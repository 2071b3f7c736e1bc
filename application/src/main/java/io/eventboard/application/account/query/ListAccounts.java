package io.eventboard.application.account.query;

import io.eventboard.application.account.AccountRefusals;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.user.Actor;
import io.eventboard.domain.user.UserAccount;
import io.eventboard.domain.user.UserAccounts;

/**
 * Every registered account, oldest first, for admins. The HTTP layer already lets only admins in; the rule is
 * kept here as well so that no other caller of this use case can skip it.
 */
public final class ListAccounts {

    private final UserAccounts accounts;

    public ListAccounts(UserAccounts accounts) {
        this.accounts = accounts;
    }

    public Result<Page<UserAccount>> list(Actor actor, PageRequest page) {
        if (!actor.isAdmin()) {
            return Result.rejected(AccountRefusals.ADMINS_ONLY);
        }
        return Result.accepted(accounts.list(page));
    }
}
