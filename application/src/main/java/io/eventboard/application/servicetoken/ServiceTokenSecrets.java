package io.eventboard.application.servicetoken;

import io.eventboard.application.account.SessionIssuer;

/** How a service token looks and how it is stored. */
public final class ServiceTokenSecrets {

    /** Every service token starts with it, so a server tells one from a JWT (and a leak scanner finds it). */
    public static final String PREFIX = "ebst_";

    private ServiceTokenSecrets() {
    }

    public static boolean looksLikeOne(String presented) {
        return presented != null && presented.startsWith(PREFIX);
    }

    /** SHA-256, hex: the token is random, not a password, so a fast hash is the right tool. */
    public static String hash(String secret) {
        return SessionIssuer.hash(secret);
    }
}
