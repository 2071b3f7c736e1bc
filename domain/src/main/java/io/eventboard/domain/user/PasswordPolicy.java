package io.eventboard.domain.user;

import io.eventboard.domain.common.Validation;

/** What a password must be: at least 8 characters (issue #3), at most 128 so hashing stays cheap. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void require(String password) {
        new Validation()
                .require(password != null && password.length() >= MIN_LENGTH && password.length() <= MAX_LENGTH,
                        "password", "must be " + MIN_LENGTH + "-" + MAX_LENGTH + " characters")
                .check();
    }
}
