package io.eventboard.bootstrap;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret that signs access tokens: {@code JWT_SECRET}, at least 32 bytes (HS256 needs 256 bits; a shorter
 * secret would only fail at the first login). Without it, a random secret for this run, with a loud warning:
 * tokens then die on restart and differ between instances.
 */
public final class SecuritySetup {

    static final String SECRET_PROPERTY = "micronaut.security.token.jwt.signatures.secret.generator.secret";
    private static final Logger LOG = LoggerFactory.getLogger(SecuritySetup.class);
    private static final int MIN_BYTES = 32;

    private SecuritySetup() {
    }

    public static Map<String, Object> fromEnvironment(Map<String, String> env) {
        String secret = env.get("JWT_SECRET");
        if (secret == null || secret.isBlank()) {
            LOG.warn("*** JWT_SECRET is not set: using a random signing secret for this run only. Every token dies "
                    + "when the server restarts and other instances reject it. Set JWT_SECRET (32+ bytes) in "
                    + "production. ***");
            return Map.of(SECRET_PROPERTY, randomSecret());
        }
        if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_BYTES) {
            throw new StartupFailure("JWT_SECRET must be at least " + MIN_BYTES + " bytes long (it signs tokens "
                    + "with HS256); generate one with: openssl rand -base64 48");
        }
        return Map.of(SECRET_PROPERTY, secret);
    }

    static String randomSecret() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
