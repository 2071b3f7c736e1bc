package io.eventboard.application.account.admin;

import io.eventboard.application.account.AccountRefusals;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.common.Validation;
import io.eventboard.domain.user.Actor;
import io.eventboard.domain.user.RefreshTokens;
import io.eventboard.domain.user.Role;
import io.eventboard.domain.user.UserAccount;
import io.eventboard.domain.user.UserAccounts;
import io.eventboard.domain.user.UserId;
import java.time.Clock;

/**
 * An admin changes another account's role or switches it off. A disabled account can neither log in nor refresh
 * (see {@code LogIn}, {@code RefreshSession}); its refresh tokens are revoked at once, so its sessions end when
 * their access tokens expire. Admins cannot demote or disable themselves: the last admin could lock everyone out.
 */
public final class ChangeAccess {

    /** {@code role} and {@code enabled} are each optional (null: unchanged), but not both. */
    public record Command(Actor actor, UserId account, Role role, Boolean enabled) {

        public Command {
            new Validation().require(role != null || enabled != null, "role", "give role, enabled or both").check();
        }
    }

    private final Transactions transactions;
    private final UserAccounts accounts;
    private final RefreshTokens refreshTokens;
    private final Clock clock;

    public ChangeAccess(Transactions transactions, UserAccounts accounts, RefreshTokens refreshTokens, Clock clock) {
        this.transactions = transactions;
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    public Result<UserAccount> change(Command command) {
        if (!command.actor().isAdmin()) {
            return Result.rejected(AccountRefusals.ADMINS_ONLY);
        }
        return transactions.inTransaction(() -> accounts.findById(command.account())
                .map(account -> change(account, command))
                .orElseGet(() -> Result.rejected(AccountRefusals.NOT_FOUND)));
    }

    private Result<UserAccount> change(UserAccount account, Command command) {
        Role role = command.role() == null ? account.role() : command.role();
        boolean enabled = command.enabled() == null ? account.enabled() : command.enabled();
        boolean self = account.id().equals(command.actor().id());
        if (self && (role != Role.ADMIN || !enabled)) {
            return Result.rejected(AccountRefusals.OWN_ACCESS);
        }
        UserAccount changed = account.withAccess(role, enabled);
        accounts.changeAccess(changed.id(), role, enabled);
        if (!enabled) {
            refreshTokens.revokeAll(changed.id(), clock.instant());
        }
        return Result.accepted(changed);
    }
}
