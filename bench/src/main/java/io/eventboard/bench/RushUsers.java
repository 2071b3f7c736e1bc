package io.eventboard.bench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The rush's users, inserted by SQL (bench/rush/run.sh) rather than registered: registering hashes each password
 * with Argon2, far too slow for tens of thousands of users. User n is {@code md5('rush-user-' || n)::uuid} named
 * {@code rush<n>}, and its access token is minted here with the server's JWT_SECRET in the layout the server's
 * AccessTokens issues (HS256; sub, roles, username, iss, iat, nbf, exp).
 */
final class RushUsers {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final String HEADER = BASE64URL.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8));

    private final byte[] secret;
    private final Instant issuedAt;

    RushUsers(String secret, Instant issuedAt) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.issuedAt = issuedAt;
    }

    static UUID id(long n) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(("rush-user-" + n).getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(md5);
            return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16)
                    + "-" + hex.substring(16, 20) + "-" + hex.substring(20));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String accessToken(long n) {
        long iat = issuedAt.getEpochSecond();
        String claims = "{\"sub\":\"" + id(n) + "\",\"nbf\":" + iat + ",\"roles\":[\"USER\"],\"iss\":\"eventboard\","
                + "\"exp\":" + (iat + 4 * 3600) + ",\"iat\":" + iat + ",\"username\":\"rush" + n + "\"}";
        String signed = HEADER + "." + BASE64URL.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        return signed + "." + BASE64URL.encodeToString(hmac(signed));
    }

    private byte[] hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
