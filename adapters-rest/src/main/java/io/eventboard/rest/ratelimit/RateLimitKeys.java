package io.eventboard.rest.ratelimit;

import io.eventboard.domain.common.Secrets;
import java.util.Locale;
import java.util.Optional;

/**
 * Which requests are rate limited, and the bucket each one draws from: login and register per client address
 * (each its own bucket), the operations endpoints per bearer token, named by the token's SHA-256 so that no
 * secret is kept in memory. An operations call without a token is counted against its client address.
 */
public final class RateLimitKeys {

    /** The two limits: {@link #AUTH} (login, register) and {@link #OPS} (the operations endpoints). */
    public enum Kind { AUTH, OPS }

    /** A limited request: which limit applies, and the bucket's key. */
    public record Key(Kind kind, String value) {
    }

    private static final String BEARER = "bearer ";

    private RateLimitKeys() {
    }

    /** The limit for {@code method} {@code path}, or none: every other endpoint is never limited. */
    public static Optional<Kind> kindOf(String method, String path) {
        String p = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if ("POST".equalsIgnoreCase(method) && (p.equals("/api/auth/login") || p.equals("/api/auth/register"))) {
            return Optional.of(Kind.AUTH);
        }
        if (p.equals("/api/channels") || p.startsWith("/api/channels/")
                || p.equals("/api/events-status") || p.startsWith("/api/events-status/")) {
            return Optional.of(Kind.OPS);
        }
        return Optional.empty();
    }

    /**
     * The bucket of a request, or none when it is not limited.
     *
     * @param authorization  the Authorization header, or null
     * @param remoteAddress  the connection's peer address
     * @param forwardedFor   the X-Forwarded-For header, or null
     * @param trustForwarded whether X-Forwarded-For names the client (only behind a proxy that writes it)
     */
    public static Optional<Key> keyOf(String method, String path, String authorization, String remoteAddress,
                                      String forwardedFor, boolean trustForwarded) {
        return kindOf(method, path).map(kind -> {
            String client = clientAddress(remoteAddress, forwardedFor, trustForwarded);
            if (kind == Kind.AUTH) {
                return new Key(kind, (path.startsWith("/api/auth/login") ? "login:" : "register:") + client);
            }
            return bearerToken(authorization)
                    .map(token -> new Key(kind, "token:" + Secrets.hash(token)))
                    .orElseGet(() -> new Key(kind, "address:" + client));
        });
    }

    /**
     * The client's address: the peer, or with {@code trustForwarded} the last (nearest) entry of
     * X-Forwarded-For, the one the trusted proxy wrote itself; earlier entries are the client's to forge.
     */
    public static String clientAddress(String remoteAddress, String forwardedFor, boolean trustForwarded) {
        if (trustForwarded && forwardedFor != null) {
            String[] hops = forwardedFor.split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                String hop = hops[i].trim();
                if (!hop.isEmpty()) {
                    return hop;
                }
            }
        }
        return remoteAddress == null || remoteAddress.isBlank() ? "unknown" : remoteAddress;
    }

    static Optional<String> bearerToken(String authorization) {
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
            return Optional.empty();
        }
        String token = authorization.substring(BEARER.length()).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

}
