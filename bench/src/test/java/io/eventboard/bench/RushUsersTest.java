package io.eventboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RushUsersTest {

    @Test
    void names_user_n_by_the_md5_that_run_sh_gives_it_in_sql() {
        // SELECT md5('rush-user-1')::uuid
        assertThat(RushUsers.id(1)).isEqualTo(UUID.fromString(md5Uuid("rush-user-1")));
    }

    @Test
    void mints_a_token_with_the_claims_of_the_servers_access_tokens() {
        String[] parts = new RushUsers("a-secret-of-at-least-thirty-two-bytes!!", Instant.ofEpochSecond(1_800_000_000))
                .accessToken(7).split("\\.");

        assertThat(parts).hasSize(3);
        assertThat(decode(parts[0])).isEqualTo("{\"alg\":\"HS256\"}");
        assertThat(decode(parts[1])).contains("\"sub\":\"" + RushUsers.id(7) + "\"", "\"roles\":[\"USER\"]",
                "\"iss\":\"eventboard\"", "\"iat\":1800000000", "\"nbf\":1800000000", "\"username\":\"rush7\"");
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static String md5Uuid(String text) {
        try {
            byte[] md5 = java.security.MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : md5) {
                hex.append(String.format("%02x", b));
            }
            return hex.insert(20, '-').insert(16, '-').insert(12, '-').insert(8, '-').toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
