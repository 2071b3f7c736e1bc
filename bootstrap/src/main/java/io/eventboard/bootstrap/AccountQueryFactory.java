package io.eventboard.bootstrap;

import io.eventboard.application.account.query.ListAccounts;
import io.eventboard.application.account.query.ShowAccount;
import io.eventboard.domain.user.UserAccounts;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Wires the read-only account use cases ({@code GET /api/me}, {@code GET /api/admin/users}). */
@Factory
public class AccountQueryFactory {

    @Singleton
    ShowAccount showAccount(UserAccounts accounts) {
        return new ShowAccount(accounts);
    }

    @Singleton
    ListAccounts listAccounts(UserAccounts accounts) {
        return new ListAccounts(accounts);
    }
}
