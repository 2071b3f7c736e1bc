package io.eventboard.application.account;

/** Port: a password key-derivation function (Argon2id in production). */
public interface PasswordHasher {

    String hash(String password);

    boolean matches(String password, String hash);
}
