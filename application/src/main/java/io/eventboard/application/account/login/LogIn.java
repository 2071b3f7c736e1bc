package io.eventboard.application.account.login;

import io.eventboard.application.account.AccountRefusals;
import io.eventboard.application.account.PasswordHasher;
import io.eventboard.application.account.Session;
import io.eventboard.application.account.SessionIssuer;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.user.UserAccount;
import io.eventboard.domain.user.UserAccounts;
import java.time.Clock;
import java.util.Optional;

/** A user proves who they are with username and password and gets a session. */
public final class LogIn {

    public record Command(String username, String password) {
        @Override
        public String toString() {
            return "LogIn.Command[username=" + username + "]";
        }
    }

    private final Transactions transactions;
    private final UserAccounts accounts;
    private final PasswordHasher hasher;
    private final SessionIssuer sessions;
    private final Clock clock;
    private final String decoyHash;

    public LogIn(Transactions transactions, UserAccounts accounts, PasswordHasher hasher, SessionIssuer sessions,
                 Clock clock) {
        this.transactions = transactions;
        this.accounts = accounts;
        this.hasher = hasher;
        this.sessions = sessions;
        this.clock = clock;
        this.decoyHash = hasher.hash("decoy password, never matches a login");
    }

    public Result<Session> logIn(Command command) {
        if (command.username() == null || command.password() == null) {
            return Result.rejected(AccountRefusals.BAD_CREDENTIALS);
        }
        Optional<UserAccount> account = accounts.findByUsername(command.username());
        // Unknown users cost a hash too, so response times do not tell which usernames exist.
        boolean matches = hasher.matches(command.password(), account.map(UserAccount::passwordHash).orElse(decoyHash));
        if (account.isEmpty() || !matches || !account.get().enabled()) {
            return Result.rejected(AccountRefusals.BAD_CREDENTIALS);
        }
        return Result.accepted(transactions.inTransaction(() -> sessions.open(account.get(), clock.instant())));
    }
}
