package io.eventboard.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.resolver.AddressResolver;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.ImmediateEventExecutor;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WebhookUrlPolicyTest {

    /** Names that resolve without DNS: a test must not depend on the network. */
    private static final Map<String, String[]> ZONE = Map.of(
            "hooks.example.com", new String[] {"93.184.216.34"},
            "internal.example.com", new String[] {"10.1.2.3"},
            "mixed.example.com", new String[] {"93.184.216.34", "192.168.1.10"},
            "v6.example.com", new String[] {"2606:2800:220:1:248:1893:25c8:1946"},
            "metadata.example.com", new String[] {"169.254.169.254"});

    private final WebhookUrlPolicy strict = new WebhookUrlPolicy(false, WebhookUrlPolicyTest::resolve);
    private final WebhookUrlPolicy lenient = new WebhookUrlPolicy(true, WebhookUrlPolicyTest::resolve);

    @ParameterizedTest
    @ValueSource(strings = {
        "https://93.184.216.34/hook",
        "http://93.184.216.34:8080/hook?x=1",
        "https://hooks.example.com/services/T000/B000/XXXX",
        "HTTPS://hooks.example.com",
        "https://[2606:2800:220:1:248:1893:25c8:1946]/hook",
        "https://v6.example.com/hook",
    })
    void publicAddressesAreAllowed(String url) {
        assertThat(strict.refusal(url)).isEmpty();
        assertThat(strict.check(url)).isInstanceOf(WebhookUrlPolicy.Allowed.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "http://127.0.0.1/hook               | 127.0.0.1 is a loopback address",
        "http://127.1.2.3:9000/hook          | 127.1.2.3 is a loopback address",
        "http://[::1]/hook                   | ::1 is a loopback address",
        "http://10.0.0.7/hook                | 10.0.0.7 is a private address",
        "http://172.16.0.1/hook              | 172.16.0.1 is a private address",
        "http://172.31.255.255/hook          | 172.31.255.255 is a private address",
        "http://192.168.0.1/hook             | 192.168.0.1 is a private address",
        "http://100.100.100.200/hook         | 100.100.100.200 is a private address",
        "http://[fc00::1]/hook               | fc00::1 is a private address",
        "http://[fd12:3456::1]/hook          | fd12:3456::1 is a private address",
        "http://169.254.10.20/hook           | 169.254.10.20 is a link-local address",
        "http://[fe80::1]/hook               | fe80::1 is a link-local address",
        "http://169.254.169.254/latest       | 169.254.169.254 is a cloud metadata address",
        "http://[fd00:ec2::254]/latest       | fd00:ec2::254 is a cloud metadata address",
        "http://0.0.0.0/hook                 | 0.0.0.0 is an unspecified address",
        "http://[::]/hook                    | :: is an unspecified address",
        "http://224.0.0.1/hook               | 224.0.0.1 is a multicast address",
        "http://[ff02::1]/hook               | ff02::1 is a multicast address",
        "http://255.255.255.255/hook         | 255.255.255.255 is a broadcast address",
        "http://[::ffff:127.0.0.1]/hook      | ::ffff:127.0.0.1 is a loopback address",
        "http://[::ffff:a9fe:a9fe]/hook      | ::ffff:a9fe:a9fe is a cloud metadata address",
        "http://[64:ff9b::10.0.0.1]/hook     | 64:ff9b::10.0.0.1 is a private address (embedded IPv4 10.0.0.1)",
        "http://[2002:c0a8:0101::1]/hook     | 2002:c0a8:0101::1 is a private address (embedded IPv4 192.168.1.1)",
        "http://2130706433/hook              | 2130706433 is a loopback address",
    })
    void nonPublicAddressesAreRefused(String url, String reason) {
        assertThat(strict.refusal(url)).contains(reason);
        assertThat(strict.check(url)).isEqualTo(new WebhookUrlPolicy.Refused(reason));
    }

    @Test
    void namesAreJudgedByEveryAddressTheyResolveTo() {
        assertThat(strict.refusal("https://internal.example.com/hook"))
                .contains("internal.example.com resolves to 10.1.2.3, a private address");
        assertThat(strict.refusal("https://mixed.example.com/hook"))
                .contains("mixed.example.com resolves to 192.168.1.10, a private address");
        assertThat(strict.refusal("https://metadata.example.com/hook"))
                .contains("metadata.example.com resolves to 169.254.169.254, a cloud metadata address");
    }

    @Test
    void localhostIsRefusedThroughTheSystemResolver() {
        WebhookUrlPolicy system = new WebhookUrlPolicy(false);

        assertThat(system.refusal("http://localhost:8080/hook")).hasValueSatisfying(reason ->
                assertThat(reason).startsWith("localhost resolves to ").endsWith("a loopback address"));
        assertThat(system.refusal("http://93.184.216.34/hook")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ftp://93.184.216.34/hook                 | only http and https URLs are allowed",
        "file:///etc/passwd                       | only http and https URLs are allowed",
        "gopher://93.184.216.34:70/_stats         | only http and https URLs are allowed",
        "javascript:alert(1)                      | only http and https URLs are allowed",
        "hooks.example.com/hook                   | only http and https URLs are allowed",
        "https://user:pass@hooks.example.com/hook | credentials in the URL are not allowed",
        "https:///hook                            | the URL has no valid host",
        "https://hooks.example.com:99999/hook     | the URL has no valid port",
        "https://hooks.example.com:0/hook         | the URL has no valid port",
        "http://exa mple.com/hook                 | not a valid URL",
        "''                                       | a webhook URL is required",
    })
    void malformedAndNonHttpUrlsAreRefused(String url, String reason) {
        assertThat(strict.refusal(url)).contains(reason);
        assertThat(lenient.refusal(url)).contains(reason);
    }

    @Test
    void aHostThatDoesNotResolveIsUnresolvedNotRefused() {
        assertThat(strict.check("https://nowhere.example.com/hook"))
                .isEqualTo(new WebhookUrlPolicy.Unresolved("host nowhere.example.com does not resolve"));
        assertThat(strict.refusal("https://nowhere.example.com/hook"))
                .contains("host nowhere.example.com does not resolve");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "http://127.0.0.1:8080/hook", "http://[::1]/hook", "http://10.0.0.7/hook", "http://192.168.0.1/hook",
        "http://[fd12:3456::1]/hook", "http://169.254.10.20/hook", "http://[fe80::1]/hook",
        "https://internal.example.com/hook",
    })
    void allowPrivateLetsPrivateAndLoopbackAddressesThrough(String url) {
        assertThat(lenient.refusal(url)).isEmpty();
        assertThat(lenient.allowsPrivate()).isTrue();
        assertThat(strict.allowsPrivate()).isFalse();
    }

    @Test
    void cloudMetadataStaysRefusedEvenWhenPrivateAddressesAreAllowed() {
        assertThat(lenient.refusal("http://169.254.169.254/latest/meta-data/"))
                .contains("169.254.169.254 is a cloud metadata address");
        assertThat(lenient.refusal("http://[fd00:ec2::254]/latest")).contains("fd00:ec2::254 is a cloud metadata address");
    }

    @Test
    void theHttpClientsResolverRefusesWhatThePolicyRefuses() throws Exception {
        try (PolicyAddressResolverGroup group = new PolicyAddressResolverGroup(strict)) {
            AddressResolver<InetSocketAddress> resolver = group.getResolver(ImmediateEventExecutor.INSTANCE);

            Future<InetSocketAddress> allowed = resolver.resolve(InetSocketAddress.createUnresolved("hooks.example.com", 443));
            assertThat(allowed.get().getAddress().getHostAddress()).isEqualTo("93.184.216.34");
            assertThat(allowed.get().getPort()).isEqualTo(443);

            Future<InetSocketAddress> refused = resolver.resolve(InetSocketAddress.createUnresolved("mixed.example.com", 443));
            assertThat(refused.await().cause()).isInstanceOf(WebhookUrlPolicy.RefusedAddressException.class)
                    .hasMessage("mixed.example.com resolves to 192.168.1.10, a private address");

            assertThat(resolver.resolveAll(InetSocketAddress.createUnresolved("hooks.example.com", 80)).get())
                    .extracting(address -> address.getAddress().getHostAddress()).containsExactly("93.184.216.34");
            assertThat(resolver.resolveAll(InetSocketAddress.createUnresolved("internal.example.com", 80)).await()
                    .cause()).isInstanceOf(WebhookUrlPolicy.RefusedAddressException.class);
            assertThat(resolver.resolve(InetSocketAddress.createUnresolved("nowhere.example.com", 80)).await().cause())
                    .isInstanceOf(UnknownHostException.class)
                    .isNotInstanceOf(WebhookUrlPolicy.RefusedAddressException.class);
        }
    }

    @Test
    void resolveAllowedReturnsEveryAddressOrThrows() throws Exception {
        assertThat(strict.resolveAllowed("hooks.example.com")).extracting(InetAddress::getHostAddress)
                .containsExactly("93.184.216.34");
        assertThatThrownBy(() -> strict.resolveAllowed("mixed.example.com"))
                .isInstanceOf(WebhookUrlPolicy.RefusedAddressException.class);
        assertThatThrownBy(() -> new WebhookUrlPolicy(false, host -> new InetAddress[0]).resolveAllowed("x.example"))
                .isInstanceOf(UnknownHostException.class);
    }

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        if (host.chars().allMatch(c -> Character.isDigit(c) || c == '.') || host.indexOf(':') >= 0) {
            return InetAddress.getAllByName(host);
        }
        String[] addresses = ZONE.get(host);
        if (addresses == null) {
            throw new UnknownHostException(host);
        }
        InetAddress[] resolved = new InetAddress[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            resolved[i] = InetAddress.getByAddress(host, InetAddress.getByName(addresses[i]).getAddress());
        }
        return resolved;
    }
}
