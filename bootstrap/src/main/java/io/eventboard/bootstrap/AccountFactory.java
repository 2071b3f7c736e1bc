package io.eventboard.bootstrap;

import io.eventboard.application.account.PasswordHasher;
import io.eventboard.application.account.SessionIssuer;
import io.eventboard.application.account.admin.EnsureAdmin;
import io.eventboard.application.account.login.LogIn;
import io.eventboard.application.account.logout.LogOut;
import io.eventboard.application.account.refresh.RefreshSession;
import io.eventboard.application.account.register.RegisterUser;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.user.RefreshTokens;
import io.eventboard.domain.user.UserAccounts;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/** Wires the account and session use cases. */
@Factory
public class AccountFactory {

    @Singleton
    SessionIssuer sessionIssuer(RefreshTokens refreshTokens,
                                @Value("${eventboard.refresh-token-lifetime}") Duration lifetime) {
        return new SessionIssuer(refreshTokens, lifetime);
    }

    @Singleton
    RegisterUser registerUser(Transactions transactions, UserAccounts accounts, PasswordHasher hasher, Clock clock) {
        return new RegisterUser(transactions, accounts, hasher, clock);
    }

    @Singleton
    LogIn logIn(Transactions transactions, UserAccounts accounts, PasswordHasher hasher, SessionIssuer sessions,
                Clock clock) {
        return new LogIn(transactions, accounts, hasher, sessions, clock);
    }

    @Singleton
    RefreshSession refreshSession(Transactions transactions, RefreshTokens refreshTokens, UserAccounts accounts,
                                  SessionIssuer sessions, Clock clock) {
        return new RefreshSession(transactions, refreshTokens, accounts, sessions, clock);
    }

    @Singleton
    LogOut logOut(Transactions transactions, RefreshTokens refreshTokens, Clock clock) {
        return new LogOut(transactions, refreshTokens, clock);
    }

    @Singleton
    EnsureAdmin ensureAdmin(UserAccounts accounts, RegisterUser registerUser) {
        return new EnsureAdmin(accounts, registerUser);
    }
}
