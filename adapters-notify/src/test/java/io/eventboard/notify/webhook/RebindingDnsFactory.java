package io.eventboard.notify.webhook;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A DNS rebinding attack for one test: {@link #HOST} resolves to a public address the first time it is asked
 * (when the sender checks the URL) and to loopback every time after (when the HTTP client connects).
 */
@Factory
@Requires(property = RebindingDnsFactory.ENABLED, value = "true")
class RebindingDnsFactory {

    static final String ENABLED = "test.rebinding-dns";
    static final String HOST = "rebind.example";

    @Singleton
    @Replaces(bean = WebhookUrlPolicy.class, factory = WebhookBeans.class)
    WebhookUrlPolicy rebindingPolicy() {
        AtomicInteger lookups = new AtomicInteger();
        return new WebhookUrlPolicy(false, host -> {
            if (!host.equals(HOST)) {
                return InetAddress.getAllByName(host);
            }
            String address = lookups.getAndIncrement() == 0 ? "93.184.216.34" : "127.0.0.1";
            return new InetAddress[] {InetAddress.getByAddress(HOST, InetAddress.getByName(address).getAddress())};
        });
    }
}
