package io.eventboard.application.testing;

import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Recipient;
import io.eventboard.domain.notification.Recipients;
import io.eventboard.domain.user.UserId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * {@link Recipients} for tests: every user hears on the in-app inbox and the LOG channel unless a test says
 * otherwise for that user.
 */
public final class ConfigurableRecipients implements Recipients {

    private final Map<UserId, Function<UserId, List<Recipient>>> overrides = new ConcurrentHashMap<>();

    /** The default channels: the inbox and the log, in that order. */
    public static List<Recipient> defaultsOf(UserId user) {
        return List.of(Recipient.inbox(user), new Recipient(DeliveryChannel.LOG, user, null));
    }

    @Override
    public List<Recipient> of(UserId user) {
        return overrides.getOrDefault(user, ConfigurableRecipients::defaultsOf).apply(user);
    }

    /** The user hears on exactly these recipients. */
    public ConfigurableRecipients set(UserId user, Recipient... recipients) {
        List<Recipient> fixed = List.of(recipients);
        overrides.put(user, ignored -> fixed);
        return this;
    }

    /** The user has no channel we can reach. */
    public ConfigurableRecipients unreachable(UserId user) {
        return set(user);
    }

    /** Looking the user up fails, as a broken directory would. */
    public ConfigurableRecipients failing(UserId user) {
        overrides.put(user, id -> {
            throw new IllegalStateException("recipient directory unavailable for " + id);
        });
        return this;
    }
}
