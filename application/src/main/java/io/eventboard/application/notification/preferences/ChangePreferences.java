package io.eventboard.application.notification.preferences;

import io.eventboard.application.account.AccountRefusals;
import io.eventboard.application.notification.RecipientAddressPolicy;
import io.eventboard.domain.common.FieldError;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.NotificationPreferences;
import io.eventboard.domain.user.UserAccounts;
import io.eventboard.domain.user.UserId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A user replaces their notification preferences. The Telegram chat id and the webhook URL are checked by the
 * address policy before they are stored (a webhook URL into the server's own network is refused).
 */
public final class ChangePreferences {

    public record Command(UserId user, NotificationPreferences preferences) {
        public Command {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(preferences, "preferences");
        }
    }

    private final Transactions transactions;
    private final UserAccounts accounts;
    private final PreferenceStore store;
    private final RecipientAddressPolicy policy;
    private final Clock clock;

    public ChangePreferences(Transactions transactions, UserAccounts accounts, PreferenceStore store,
                             RecipientAddressPolicy policy, Clock clock) {
        this.transactions = transactions;
        this.accounts = accounts;
        this.store = store;
        this.policy = policy;
        this.clock = clock;
    }

    public Result<NotificationPreferences> change(Command command) {
        NotificationPreferences preferences = command.preferences();
        List<FieldError> errors = new ArrayList<>();
        refusal(DeliveryChannel.TELEGRAM, preferences.telegramChatId(), "telegramChatId", errors);
        refusal(DeliveryChannel.WEBHOOK, preferences.webhookUrl(), "webhookUrl", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return transactions.inTransaction(() -> {
            if (accounts.findById(command.user()).isEmpty()) {
                return Result.rejected(AccountRefusals.NOT_FOUND);
            }
            store.save(command.user(), preferences, clock.instant());
            return Result.accepted(preferences);
        });
    }

    private void refusal(DeliveryChannel channel, String address, String field, List<FieldError> errors) {
        if (address != null) {
            policy.refusal(channel, address).ifPresent(reason -> errors.add(new FieldError(field, reason)));
        }
    }
}
