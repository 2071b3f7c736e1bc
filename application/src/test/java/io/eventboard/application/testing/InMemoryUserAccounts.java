package io.eventboard.application.testing;

import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.user.Role;
import io.eventboard.domain.user.UserAccount;
import io.eventboard.domain.user.UserAccounts;
import io.eventboard.domain.user.UserId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@link UserAccounts} over the in-memory database; usernames and emails are unique ignoring case. */
public final class InMemoryUserAccounts implements UserAccounts {

    private final InMemoryDatabase db;

    public InMemoryUserAccounts(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public boolean add(UserAccount account) {
        return db.write("UserAccounts.add", t -> {
            boolean taken = t.users.containsKey(account.id()) || t.users.values().stream()
                    .anyMatch(other -> other.username().equalsIgnoreCase(account.username())
                            || other.email().equalsIgnoreCase(account.email()));
            if (taken) {
                return false;
            }
            t.users.put(account.id(), account);
            return true;
        });
    }

    @Override
    public Optional<UserAccount> findById(UserId id) {
        return db.read(t -> Optional.ofNullable(t.users.get(id)));
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return db.read(t -> t.users.values().stream()
                .filter(account -> account.username().equalsIgnoreCase(username)).findFirst());
    }

    @Override
    public Page<UserAccount> list(String search, PageRequest page) {
        String text = search == null ? "" : search.toLowerCase(Locale.ROOT);
        return db.read(t -> {
            List<UserAccount> sorted = t.users.values().stream()
                    .filter(account -> account.username().toLowerCase(Locale.ROOT).contains(text)
                            || account.email().toLowerCase(Locale.ROOT).contains(text))
                    .sorted(Comparator.comparing(UserAccount::createdAt)
                            .thenComparing(account -> account.id().value()))
                    .toList();
            List<UserAccount> items = sorted.stream().skip(page.offset()).limit(page.size()).toList();
            return new Page<>(items, page.page(), page.size(), sorted.size(), true);
        });
    }

    @Override
    public boolean changeAccess(UserId id, Role role, boolean enabled) {
        return db.write("UserAccounts.changeAccess", t -> {
            UserAccount account = t.users.get(id);
            if (account == null) {
                return false;
            }
            t.users.put(id, account.withAccess(role, enabled));
            return true;
        });
    }

    // ---- for tests ----

    /** Overwrites a stored account (there is no port for editing accounts yet); answers it. */
    public UserAccount replace(UserAccount account) {
        return db.write("UserAccounts.replace", t -> {
            if (!t.users.containsKey(account.id())) {
                throw new IllegalStateException("no user " + account.id());
            }
            t.users.put(account.id(), account);
            return account;
        });
    }

    public List<UserAccount> all() {
        return db.read(t -> List.copyOf(t.users.values()));
    }
}
