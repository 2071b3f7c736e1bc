package io.eventboard.persistence.user;

import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.user.Role;
import io.eventboard.domain.user.UserAccount;
import io.eventboard.domain.user.UserAccounts;
import io.eventboard.domain.user.UserId;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * Registered users in PostgreSQL; usernames and emails are unique regardless of case. A search reads every row
 * (admins search among accounts now and then; a trigram index would cost every registration).
 */
@Singleton
final class PostgresUserAccounts implements UserAccounts {

    private final UserRows rows;

    PostgresUserAccounts(UserRows rows) {
        this.rows = rows;
    }

    @Override
    public boolean add(UserAccount account) {
        return rows.insertUnlessTaken(account.id().value(), account.username(), account.email(),
                account.passwordHash(), account.role().name(), account.enabled(), account.createdAt()) == 1;
    }

    @Override
    public Optional<UserAccount> findById(UserId id) {
        return rows.findById(id.value()).map(PostgresUserAccounts::toAccount);
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return rows.findByUsernameIgnoringCase(username).map(PostgresUserAccounts::toAccount);
    }

    @Override
    public Page<UserAccount> list(String search, PageRequest page) {
        boolean all = search == null || search.isBlank();
        List<UserRow> found = all ? rows.findPage(page.size(), page.offset())
                : rows.findPageMatching(search, page.size(), page.offset());
        long total = all ? rows.countAll() : rows.countMatching(search);
        return new Page<>(found.stream().map(PostgresUserAccounts::toAccount).toList(), page.page(), page.size(),
                total, true);
    }

    @Override
    public boolean changeAccess(UserId id, Role role, boolean enabled) {
        return rows.updateAccess(id.value(), role.name(), enabled) == 1;
    }

    private static UserAccount toAccount(UserRow row) {
        return new UserAccount(new UserId(row.id()), row.username(), row.email(), row.passwordHash(),
                Role.valueOf(row.role()), row.enabled(), row.createdAt());
    }
}
