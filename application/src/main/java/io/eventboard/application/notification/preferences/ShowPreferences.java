package io.eventboard.application.notification.preferences;

import io.eventboard.application.account.AccountRefusals;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.notification.NotificationPreferences;
import io.eventboard.domain.user.UserAccounts;
import io.eventboard.domain.user.UserId;

/** A user's notification preferences; the defaults (inbox and log only) until they choose. */
public final class ShowPreferences {

    private final UserAccounts accounts;
    private final PreferenceStore store;

    public ShowPreferences(UserAccounts accounts, PreferenceStore store) {
        this.accounts = accounts;
        this.store = store;
    }

    public Result<NotificationPreferences> show(UserId user) {
        if (accounts.findById(user).isEmpty()) {
            return Result.rejected(AccountRefusals.NOT_FOUND);
        }
        return Result.accepted(store.find(user).orElse(NotificationPreferences.DEFAULT));
    }
}
