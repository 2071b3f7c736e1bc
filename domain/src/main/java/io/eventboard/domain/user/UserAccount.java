package io.eventboard.domain.user;

import io.eventboard.domain.common.Validation;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/** A person who can log in. The password is only ever held as a KDF hash produced outside the domain. */
public record UserAccount(
        UserId id, String username, String email, String passwordHash, Role role, boolean enabled,
        Instant createdAt) {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.-]{3,50}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public UserAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(passwordHash, "passwordHash");
        new Validation()
                .require(username != null && USERNAME.matcher(username).matches(), "username",
                        "must be 3-50 letters, digits, '.', '_' or '-'")
                .require(email != null && email.length() <= 254 && EMAIL.matcher(email).matches(), "email",
                        "must be an email address")
                .check();
    }

    /** Never prints the password hash: records end up in logs. */
    @Override
    public String toString() {
        return "UserAccount[id=" + id + ", username=" + username + ", role=" + role + ", enabled=" + enabled + "]";
    }

    public Actor asActor() {
        return new Actor(id, role);
    }

    /** The same account with another role and on/off switch (what an admin may change). */
    public UserAccount withAccess(Role newRole, boolean nowEnabled) {
        return new UserAccount(id, username, email, passwordHash, newRole, nowEnabled, createdAt);
    }
}
