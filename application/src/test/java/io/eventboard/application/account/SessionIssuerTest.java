package io.eventboard.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.eventboard.application.testing.InMemoryRefreshTokens.StoredToken;
import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.user.UserAccount;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionIssuerTest {

    private final TestBoard board = TestBoard.now();
    private final UserAccount ada = board.givenAccount("ada", "correct horse battery staple");

    private Session open(SessionIssuer issuer) {
        return board.inTransaction(() -> issuer.open(ada, board.instant()));
    }

    @Test
    void hash_is_the_lower_case_hex_sha256_of_the_token() {
        assertThat(SessionIssuer.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(SessionIssuer.hash(""))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void hash_is_deterministic_64_hex_characters_and_agrees_with_the_jdk() {
        qt().withExamples(300)
                .forAll(strings().allPossible().ofLengthBetween(0, 100))
                .checkAssert(token -> {
                    String hash = SessionIssuer.hash(token);
                    assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(SessionIssuer.hash(token));
                    assertThat(hash).isEqualTo(jdkSha256Hex(token));
                });
    }

    private static String jdkSha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void a_session_gets_a_random_256_bit_url_safe_token_of_which_only_the_hash_is_stored() {
        Session session = open(board.sessionIssuer());

        assertThat(session.refreshToken()).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(session.refreshToken())).hasSize(32);
        assertThat(board.refreshTokens().all()).extracting(StoredToken::tokenHash)
                .containsExactly(SessionIssuer.hash(session.refreshToken()));
        assertThat(session.account()).isEqualTo(ada);
    }

    @Test
    void the_token_lives_as_long_as_configured() {
        Duration lifetime = Duration.ofMinutes(90);

        Session session = open(new SessionIssuer(board.refreshTokens(), lifetime));

        assertThat(session.refreshExpiresAt()).isEqualTo(board.instant().plus(lifetime));
        assertThat(board.refreshTokens().find(SessionIssuer.hash(session.refreshToken())).orElseThrow().expiresAt())
                .isEqualTo(board.instant().plus(lifetime));
    }

    @Test
    void tokens_do_not_repeat() {
        SessionIssuer issuer = board.sessionIssuer();
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            tokens.add(open(issuer).refreshToken());
        }

        assertThat(tokens).hasSize(200);
        assertThat(board.refreshTokens().all()).hasSize(200);
    }

    @Test
    void a_session_never_prints_its_token() {
        Session session = open(board.sessionIssuer());

        assertThat(session.toString())
                .doesNotContain(session.refreshToken())
                .doesNotContain(SessionIssuer.hash(session.refreshToken()))
                .doesNotContain(ada.passwordHash())
                .isEqualTo("Session[user=ada, refreshExpiresAt=" + session.refreshExpiresAt() + "]");
    }
}
