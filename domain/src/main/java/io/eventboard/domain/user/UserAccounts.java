package io.eventboard.domain.user;

import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import java.util.Optional;

/** Port: the registered users. */
public interface UserAccounts {

    /** Stores a new account; refuses (returns false) when the username or email is taken. */
    boolean add(UserAccount account);

    Optional<UserAccount> findById(UserId id);

    Optional<UserAccount> findByUsername(String username);

    /**
     * Every account whose username or email contains {@code search} (ignoring case; every account when it is null
     * or blank), oldest first (ties by id), one page at a time, with the exact total.
     */
    Page<UserAccount> list(String search, PageRequest page);

    /** Stores the account's role and whether it is enabled; returns false when there is no such account. */
    boolean changeAccess(UserId id, Role role, boolean enabled);
}
