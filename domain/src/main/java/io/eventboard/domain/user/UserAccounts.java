package io.eventboard.domain.user;

import java.util.Optional;

/** Port: the registered users. */
public interface UserAccounts {

    /** Stores a new account; refuses (returns false) when the username or email is taken. */
    boolean add(UserAccount account);

    Optional<UserAccount> findById(UserId id);

    Optional<UserAccount> findByUsername(String username);
}
