package io.eventboard.application.servicetoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.user.Actor;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceTokensTest {

    private final TestBoard board = TestBoard.now();
    private final Actor admin = board.anAdmin();

    private IssuedServiceToken issue(String name, String... scopes) {
        return board.issueServiceToken().issue(IssueServiceToken.Command.of(admin, name, List.of(scopes))).value();
    }

    @Test
    void an_admin_issues_a_token_of_which_only_the_hash_is_kept() {
        IssuedServiceToken issued = issue(" cron ", "ops");

        assertThat(issued.secret()).startsWith("ebst_").hasSize(ServiceTokenSecrets.PREFIX.length() + 43);
        assertThat(issued.token().name()).isEqualTo("cron");
        assertThat(issued.token().scopes()).containsExactly(Scope.OPS);
        assertThat(issued.token().createdAt()).isEqualTo(board.instant());
        assertThat(issued.token().createdBy()).isEqualTo(admin.id());
        assertThat(board.serviceTokens().hashes()).containsExactly(ServiceTokenSecrets.hash(issued.secret()))
                .doesNotContain(issued.secret());
        assertThat(issue("other", "ops").secret()).as("random").isNotEqualTo(issued.secret());
    }

    @Test
    void the_token_authenticates_its_holder_and_records_the_use() {
        IssuedServiceToken issued = issue("cron", "ops", "notify");
        board.advance(Duration.ofMinutes(3));

        ServiceToken found = board.authenticateServiceToken().authenticate(issued.secret()).orElseThrow();

        assertThat(found.id()).isEqualTo(issued.token().id());
        assertThat(found.grants(Scope.OPS)).isTrue();
        assertThat(found.grants(Scope.NOTIFY)).isTrue();
        assertThat(found.lastUsedAt()).isEqualTo(board.instant());
    }

    @Test
    void unknown_tokens_and_other_kinds_of_token_authenticate_nobody() {
        issue("cron", "ops");
        AuthenticateServiceToken authenticate = board.authenticateServiceToken();

        assertThat(authenticate.authenticate("ebst_not-a-token")).isEmpty();
        assertThat(authenticate.authenticate("eyJhbGciOiJIUzI1NiJ9.e30.sig")).isEmpty();
        assertThat(authenticate.authenticate(null)).isEmpty();
    }

    @Test
    void a_revoked_token_is_refused_and_still_listed() {
        IssuedServiceToken issued = issue("cron", "ops");
        board.advance(Duration.ofMinutes(1));

        ServiceToken revoked = board.revokeServiceToken().revoke(admin, issued.token().id()).value();

        assertThat(revoked.revokedAt()).isEqualTo(board.instant());
        assertThat(revoked.grants(Scope.OPS)).isFalse();
        assertThat(board.authenticateServiceToken().authenticate(issued.secret())).isEmpty();
        assertThat(board.listServiceTokens().list(admin).value()).singleElement()
                .satisfies(listed -> assertThat(listed.revoked()).isTrue());
    }

    @Test
    void revoking_an_unknown_token_is_not_found() {
        ServiceTokenId unknown = ServiceTokenId.of("0190a6c4-0000-7000-8000-000000000000");

        assertThat(board.revokeServiceToken().revoke(admin, unknown).rejection())
                .isEqualTo(ServiceTokenRefusals.NOT_FOUND);
        assertThat(unknown.toString()).isEqualTo("0190a6c4-0000-7000-8000-000000000000");
    }

    @Test
    void the_list_is_newest_first() {
        issue("first", "ops");
        board.advance(Duration.ofSeconds(1));
        issue("second", "notify");

        assertThat(board.listServiceTokens().list(admin).value()).extracting(ServiceToken::name)
                .containsExactly("second", "first");
    }

    @Test
    void only_admins_manage_tokens() {
        Actor user = Actor.user(board.aUser());
        IssuedServiceToken issued = issue("cron", "ops");

        assertThat(board.issueServiceToken().issue(IssueServiceToken.Command.of(user, "x", List.of("ops")))
                .rejection()).isEqualTo(ServiceTokenRefusals.ADMINS_ONLY);
        assertThat(board.listServiceTokens().list(user).rejection()).isEqualTo(ServiceTokenRefusals.ADMINS_ONLY);
        assertThat(board.revokeServiceToken().revoke(user, issued.token().id()).rejection())
                .isEqualTo(ServiceTokenRefusals.ADMINS_ONLY);
    }

    @Test
    void a_token_needs_a_name_and_known_scopes() {
        assertThatThrownBy(() -> IssueServiceToken.Command.of(admin, " ", List.of("ops")))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> IssueServiceToken.Command.of(admin, "x".repeat(101), List.of("ops")))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> IssueServiceToken.Command.of(admin, "cron", List.of()))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> IssueServiceToken.Command.of(admin, "cron", null))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> IssueServiceToken.Command.of(admin, "cron", List.of("ops", "root")))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new IssueServiceToken.Command(admin, "cron", Set.of()))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void scopes_have_lower_case_wire_names() {
        assertThat(Scope.OPS.wireName()).isEqualTo("ops");
        assertThat(Scope.parse("notify")).contains(Scope.NOTIFY);
        assertThat(Scope.parse("OPS")).isEmpty();
    }
}
