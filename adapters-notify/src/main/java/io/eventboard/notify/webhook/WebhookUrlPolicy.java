package io.eventboard.notify.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which webhook URLs Eventboard may call. A webhook URL comes from a user, so without a check it would let anyone
 * make the server call addresses only the server can reach (SSRF): its own loopback, the private network, the
 * cloud's metadata service.
 *
 * <p>A URL is refused when it is not http(s), carries credentials or has no host, or when its host — an address,
 * or a name resolved now, every address it resolves to — is loopback, private (10/8, 172.16/12, 192.168/16,
 * 100.64/10, fc00::/7, fec0::/10), link-local (169.254/16, fe80::/10), unspecified (0.0.0.0/8, ::), multicast,
 * broadcast or reserved (240/4); IPv6 forms that embed an IPv4 address (::a.b.c.d, ::ffff:a.b.c.d, 64:ff9b::/96,
 * 2002::/16) are judged by that address. {@code allowPrivate} lets all of these through for tests and local setups,
 * except the cloud metadata addresses (169.254.169.254, fd00:ec2::254), which no webhook ever needs.
 *
 * <p>Use {@link #refusal(String)} when a URL is entered, and again when it is called: DNS may have changed in
 * between. The webhook channel also checks, at connect time, every address its HTTP client resolves (see
 * {@link PolicyAddressResolverGroup}), so the address it connects to is one this policy has just accepted.
 */
public final class WebhookUrlPolicy {

    /** How host names become addresses; the system resolver unless a test says otherwise. */
    @FunctionalInterface
    public interface HostResolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** The outcome of checking one URL. */
    public sealed interface Check permits Allowed, Refused, Unresolved {
    }

    /** The URL may be called; {@code addresses} are what its host resolved to, all of them allowed. */
    public record Allowed(URI uri, List<InetAddress> addresses) implements Check {
    }

    /** The URL must not be called: {@code reason} says why, without the URL's path or query. */
    public record Refused(String reason) implements Check {
    }

    /** The host did not resolve (now); that may pass. */
    public record Unresolved(String reason) implements Check {
    }

    /** Thrown where a resolution meets a refused address, for callers that resolve through the policy. */
    public static final class RefusedAddressException extends UnknownHostException {
        private static final long serialVersionUID = 1L;

        public RefusedAddressException(String reason) {
            super(reason);
        }
    }

    private static final InetAddress EC2_METADATA_V6 = literal("fd00:ec2::254");
    private static final InetAddress METADATA_V4 = literal("169.254.169.254");

    private final boolean allowPrivate;
    private final HostResolver resolver;

    public WebhookUrlPolicy(boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    public WebhookUrlPolicy(boolean allowPrivate, HostResolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    public boolean allowsPrivate() {
        return allowPrivate;
    }

    /** Why {@code url} may not be used as a webhook, or empty when it may (its host resolves, to allowed addresses). */
    public Optional<String> refusal(String url) {
        Check check = check(url);
        if (check instanceof Refused refused) {
            return Optional.of(refused.reason());
        }
        if (check instanceof Unresolved unresolved) {
            return Optional.of(unresolved.reason());
        }
        return Optional.empty();
    }

    /** Checks the URL's form, then resolves its host and checks every address. */
    public Check check(String url) {
        if (url == null || url.isBlank()) {
            return new Refused("a webhook URL is required");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            return new Refused("not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return new Refused("only http and https URLs are allowed");
        }
        if (uri.getRawUserInfo() != null) {
            return new Refused("credentials in the URL are not allowed");
        }
        String host = host(uri);
        if (host == null) {
            return new Refused("the URL has no valid host");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65_535) {
            return new Refused("the URL has no valid port");
        }
        try {
            return new Allowed(uri, resolveAllowed(host));
        } catch (RefusedAddressException e) {
            return new Refused(e.getMessage());
        } catch (UnknownHostException e) {
            return new Unresolved("host " + host + " does not resolve");
        }
    }

    /**
     * Resolves {@code host} and returns its addresses when every one is allowed.
     *
     * @throws RefusedAddressException when one is not
     * @throws UnknownHostException    when the host does not resolve
     */
    public List<InetAddress> resolveAllowed(String host) throws UnknownHostException {
        InetAddress[] addresses = resolver.resolve(host);
        if (addresses == null || addresses.length == 0) {
            throw new UnknownHostException(host);
        }
        for (InetAddress address : addresses) {
            Optional<String> refusal = refusal(address);
            if (refusal.isPresent()) {
                String name = stripBrackets(host);
                boolean literal = name.indexOf(':') >= 0 || name.chars().allMatch(c -> c == '.' || Character.isDigit(c));
                throw new RefusedAddressException(literal ? name + " is " + refusal.get()
                        : host + " resolves to " + address.getHostAddress() + ", " + refusal.get());
            }
        }
        return List.of(addresses);
    }

    /** Why a webhook may not go to this address ("a loopback address"), or empty when it may. */
    public Optional<String> refusal(InetAddress address) {
        if (address.equals(METADATA_V4) || address.equals(EC2_METADATA_V6)) {
            return Optional.of("a cloud metadata address");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        return category(address);
    }

    /** The kind of non-public address this is, whatever {@code allowPrivate} says; empty for a public address. */
    static Optional<String> category(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            return category(v6);
        }
        byte[] b = address.getAddress();
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (address.isAnyLocalAddress() || first == 0) {
            return Optional.of("an unspecified address");
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("a loopback address");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("a link-local address");
        }
        if (address.isSiteLocalAddress() || (first == 100 && second >= 64 && second <= 127)) {
            return Optional.of("a private address");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("a multicast address");
        }
        if (first >= 240) {
            return Optional.of(first == 255 && Arrays.equals(b, new byte[] {-1, -1, -1, -1})
                    ? "a broadcast address" : "a reserved address");
        }
        return Optional.empty();
    }

    private static Optional<String> category(Inet6Address address) {
        byte[] b = address.getAddress();
        Optional<InetAddress> embedded = embeddedIpv4(b);
        if (embedded.isPresent()) {
            return category(embedded.get()).map(kind -> kind + " (embedded IPv4 " + embedded.get().getHostAddress() + ")");
        }
        if (address.isAnyLocalAddress()) {
            return Optional.of("an unspecified address");
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("a loopback address");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("a link-local address");
        }
        if ((b[0] & 0xfe) == 0xfc || address.isSiteLocalAddress()) {
            return Optional.of("a private address");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("a multicast address");
        }
        return Optional.empty();
    }

    /** The IPv4 address inside ::a.b.c.d, ::ffff:a.b.c.d, 64:ff9b::a.b.c.d or 2002:aabb:ccdd::/48, if any. */
    private static Optional<InetAddress> embeddedIpv4(byte[] b) {
        boolean firstTenZero = true;
        for (int i = 0; i < 10; i++) {
            firstTenZero &= b[i] == 0;
        }
        boolean compatible = firstTenZero && b[10] == 0 && b[11] == 0 && !(allZero(b, 12, 15) && (b[15] == 0 || b[15] == 1));
        boolean mapped = firstTenZero && b[10] == (byte) 0xff && b[11] == (byte) 0xff;
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b && allZero(b, 4, 12);
        if (compatible || mapped || nat64) {
            return Optional.of(ipv4(b[12], b[13], b[14], b[15]));
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return Optional.of(ipv4(b[2], b[3], b[4], b[5]));
        }
        return Optional.empty();
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress ipv4(byte a, byte b, byte c, byte d) {
        try {
            return Inet4Address.getByAddress(new byte[] {a, b, c, d});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String host(URI uri) {
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            return null;
        }
        return stripBrackets(host);
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static InetAddress literal(String address) {
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
