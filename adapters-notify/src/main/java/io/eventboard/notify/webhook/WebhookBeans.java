package io.eventboard.notify.webhook;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The webhook URL policy (for input checks as well as for sending) and the resolver the webhook client uses. */
@Factory
public class WebhookBeans {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookBeans.class);

    @Singleton
    public WebhookUrlPolicy webhookUrlPolicy(@Value("${webhook.allow-private:false}") boolean allowPrivate) {
        if (allowPrivate) {
            LOG.warn("WEBHOOK_ALLOW_PRIVATE is on: webhooks may call loopback and private-network addresses");
        }
        return new WebhookUrlPolicy(allowPrivate);
    }

    @Singleton
    @Named(PolicyAddressResolverGroup.NAME)
    @Bean(preDestroy = "close")
    public PolicyAddressResolverGroup webhookAddressResolverGroup(WebhookUrlPolicy policy) {
        return new PolicyAddressResolverGroup(policy);
    }
}
