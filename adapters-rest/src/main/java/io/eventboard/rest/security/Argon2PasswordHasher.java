package io.eventboard.rest.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import io.eventboard.application.account.PasswordHasher;
import jakarta.inject.Singleton;

/**
 * Argon2id with OWASP's recommended minimum cost (19 MiB, 2 passes, 1 lane). Each hash carries its own salt and
 * parameters, so raising the cost later keeps old hashes verifiable.
 */
@Singleton
public final class Argon2PasswordHasher implements PasswordHasher {

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);

    @Override
    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    @Override
    public boolean matches(String password, String hash) {
        try {
            return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
        } catch (RuntimeException notAnArgon2Hash) {
            return false;
        }
    }
}
