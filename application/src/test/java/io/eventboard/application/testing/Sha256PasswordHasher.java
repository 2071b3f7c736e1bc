package io.eventboard.application.testing;

import io.eventboard.application.account.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real but cheap {@link PasswordHasher} for tests: SHA-256 over a random 16-byte salt and the password,
 * stored as {@code "salt:hash"} in hex. Argon2id would make every test slow; what the use cases rely on (a hash
 * that differs from the password and per call, and that only the right password matches) holds all the same.
 * Counts its calls, so a test can see that a login paid for a hash check.
 */
public final class Sha256PasswordHasher implements PasswordHasher {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private final AtomicInteger hashes = new AtomicInteger();
    private final AtomicInteger checks = new AtomicInteger();

    @Override
    public String hash(String password) {
        hashes.incrementAndGet();
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return HEX.formatHex(salt) + ":" + HEX.formatHex(digest(salt, password));
    }

    @Override
    public boolean matches(String password, String hash) {
        checks.incrementAndGet();
        int colon = hash == null ? -1 : hash.indexOf(':');
        if (password == null || colon < 0) {
            return false;
        }
        byte[] salt;
        byte[] expected;
        try {
            salt = HEX.parseHex(hash, 0, colon);
            expected = HEX.parseHex(hash, colon + 1, hash.length());
        } catch (IllegalArgumentException notOurFormat) {
            return false;
        }
        return MessageDigest.isEqual(expected, digest(salt, password));
    }

    /** How many passwords were hashed. */
    public int hashes() {
        return hashes.get();
    }

    /** How many password checks ran. */
    public int checks() {
        return checks.get();
    }

    private static byte[] digest(byte[] salt, String password) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            return sha256.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
