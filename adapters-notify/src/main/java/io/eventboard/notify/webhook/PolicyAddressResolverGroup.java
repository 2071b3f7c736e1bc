package io.eventboard.notify.webhook;

import io.netty.resolver.AddressResolver;
import io.netty.resolver.AddressResolverGroup;
import io.netty.resolver.InetNameResolver;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Promise;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * Host name resolution for the webhook channel's HTTP client, through {@link WebhookUrlPolicy#resolveAllowed}: the
 * client connects only to an address the policy accepted in the same resolution, so a name that resolved to a
 * public address when the sender checked it and to a private one a moment later (DNS rebinding) fails to connect
 * instead of reaching the private address. It resolves as Netty's default resolver does, with the JDK's blocking
 * resolver on the calling event loop.
 */
public final class PolicyAddressResolverGroup extends AddressResolverGroup<InetSocketAddress> {

    /** The bean name the webhook client's configuration refers to. */
    public static final String NAME = "eventboard-webhook-resolver";

    private final WebhookUrlPolicy policy;

    public PolicyAddressResolverGroup(WebhookUrlPolicy policy) {
        this.policy = policy;
    }

    @Override
    protected AddressResolver<InetSocketAddress> newResolver(EventExecutor executor) {
        return new InetNameResolver(executor) {
            @Override
            protected void doResolve(String host, Promise<InetAddress> promise) {
                try {
                    promise.setSuccess(policy.resolveAllowed(host).get(0));
                } catch (Exception e) {
                    promise.setFailure(e);
                }
            }

            @Override
            protected void doResolveAll(String host, Promise<List<InetAddress>> promise) {
                try {
                    promise.setSuccess(policy.resolveAllowed(host));
                } catch (Exception e) {
                    promise.setFailure(e);
                }
            }
        }.asAddressResolver();
    }
}
