package io.eventboard.rest.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.domain.common.Secrets;
import io.eventboard.rest.ratelimit.RateLimitKeys.Key;
import io.eventboard.rest.ratelimit.RateLimitKeys.Kind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RateLimitKeysTest {

    private static Optional<Key> key(String method, String path, String authorization, String xff, boolean trust) {
        return RateLimitKeys.keyOf(method, path, authorization, "192.0.2.1", xff, trust);
    }

    @Test
    void loginAndRegisterAreLimitedPerClientAddressEachInItsOwnBucket() {
        assertThat(key("POST", "/api/auth/login", null, null, false))
                .contains(new Key(Kind.AUTH, "login:192.0.2.1"));
        assertThat(key("POST", "/api/auth/register", "Bearer abc", null, false))
                .contains(new Key(Kind.AUTH, "register:192.0.2.1"));
    }

    @Test
    void forwardedForCountsOnlyWhenTrustedAndThenItsNearestEntry() {
        assertThat(key("POST", "/api/auth/login", null, "203.0.113.9", false))
                .contains(new Key(Kind.AUTH, "login:192.0.2.1"));
        assertThat(key("POST", "/api/auth/login", null, "203.0.113.9", true))
                .contains(new Key(Kind.AUTH, "login:203.0.113.9"));
        assertThat(key("POST", "/api/auth/login", null, "10.9.9.9, 203.0.113.9 ", true))
                .contains(new Key(Kind.AUTH, "login:203.0.113.9"));
        assertThat(key("POST", "/api/auth/login", null, " , ", true))
                .contains(new Key(Kind.AUTH, "login:192.0.2.1"));
        assertThat(RateLimitKeys.clientAddress(null, null, false)).isEqualTo("unknown");
    }

    @Test
    void operationsAreLimitedPerTokenHashNeverTheTokenItself() {
        Optional<Key> one = key("POST", "/api/channels/events/send-reminders", "Bearer ebst_one", null, false);
        Optional<Key> same = key("GET", "/api/events-status/pending-start", "bearer ebst_one", null, false);
        Optional<Key> two = key("POST", "/api/channels/events/send-reminders", "Bearer ebst_two", null, false);
        assertThat(one).contains(new Key(Kind.OPS, "token:" + Secrets.hash("ebst_one")));
        assertThat(same).isEqualTo(one);
        assertThat(two).isNotEqualTo(one);
        assertThat(one.orElseThrow().value()).doesNotContain("ebst_one").hasSize("token:".length() + 64);
    }

    @Test
    void operationsWithoutABearerTokenCountAgainstTheAddress() {
        assertThat(key("GET", "/api/events-status/pending-finish", null, null, false))
                .contains(new Key(Kind.OPS, "address:192.0.2.1"));
        assertThat(key("GET", "/api/events-status/pending-finish", "Basic dXNlcjpwdw==", null, false))
                .contains(new Key(Kind.OPS, "address:192.0.2.1"));
        assertThat(key("GET", "/api/events-status/pending-finish", "Bearer ", null, false))
                .contains(new Key(Kind.OPS, "address:192.0.2.1"));
    }

    @Test
    void otherRequestsAreNeverLimited() {
        assertThat(key("GET", "/api/events", "Bearer x", null, false)).isEmpty();
        assertThat(key("GET", "/api/auth/login", null, null, false)).isEmpty();
        assertThat(key("POST", "/api/auth/token/refresh", null, null, false)).isEmpty();
        assertThat(key("POST", "/api/channelsX", "Bearer x", null, false)).isEmpty();
        assertThat(RateLimitKeys.kindOf("POST", "/api/auth/login/")).contains(Kind.AUTH);
    }
}
