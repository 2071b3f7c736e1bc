package io.eventboard.application.account.register;

import io.eventboard.application.account.AccountRefusals;
import io.eventboard.application.account.PasswordHasher;
import io.eventboard.domain.common.Ids;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.user.PasswordPolicy;
import io.eventboard.domain.user.Role;
import io.eventboard.domain.user.UserAccount;
import io.eventboard.domain.user.UserAccounts;
import io.eventboard.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;

/** Anyone opens an account; its password is kept only as a KDF hash. */
public final class RegisterUser {

    /** The password is checked here and never stored or printed as given. */
    public record Command(String username, String email, String password, Role role) {
        public Command {
            PasswordPolicy.require(password);
            role = role == null ? Role.USER : role;
        }

        @Override
        public String toString() {
            return "RegisterUser.Command[username=" + username + ", email=" + email + ", role=" + role + "]";
        }
    }

    private final Transactions transactions;
    private final UserAccounts accounts;
    private final PasswordHasher hasher;
    private final Clock clock;

    public RegisterUser(Transactions transactions, UserAccounts accounts, PasswordHasher hasher, Clock clock) {
        this.transactions = transactions;
        this.accounts = accounts;
        this.hasher = hasher;
        this.clock = clock;
    }

    public Result<UserAccount> register(Command command) {
        Instant now = clock.instant();
        String email = command.email() == null ? null : command.email().strip();
        // Built (and so validated) before the slow hash, so bad input is refused at once.
        UserAccount unhashed = new UserAccount(new UserId(Ids.timeOrdered(now)), command.username(), email, "-",
                command.role(), true, now);
        UserAccount account = new UserAccount(unhashed.id(), unhashed.username(), unhashed.email(),
                hasher.hash(command.password()), unhashed.role(), true, now);
        boolean added = transactions.inTransaction(() -> accounts.add(account));
        return added ? Result.accepted(account) : Result.rejected(AccountRefusals.TAKEN);
    }
}
