package io.eventboard.application.account.query;

import io.eventboard.application.account.AccountRefusals;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Validation;
import io.eventboard.domain.user.Actor;
import io.eventboard.domain.user.UserAccount;
import io.eventboard.domain.user.UserAccounts;

/**
 * Every registered account, oldest first, for admins; a search text keeps those whose username or email contains
 * it. The HTTP layer already lets only admins in; the rule is
 * kept here as well so that no other caller of this use case can skip it.
 */
public final class ListAccounts {

    public static final int MAX_SEARCH = 100;

    private final UserAccounts accounts;

    public ListAccounts(UserAccounts accounts) {
        this.accounts = accounts;
    }

    public Result<Page<UserAccount>> list(Actor actor, String search, PageRequest page) {
        if (!actor.isAdmin()) {
            return Result.rejected(AccountRefusals.ADMINS_ONLY);
        }
        new Validation().require(search == null || search.length() <= MAX_SEARCH, "q",
                "must be at most " + MAX_SEARCH + " characters").check();
        return Result.accepted(accounts.list(search == null || search.isBlank() ? null : search.strip(), page));
    }
}
