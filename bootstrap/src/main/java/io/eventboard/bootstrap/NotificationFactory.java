package io.eventboard.bootstrap;

import io.eventboard.application.notification.RecipientAddressPolicy;
import io.eventboard.application.notification.direct.DirectRecipient;
import io.eventboard.application.notification.inbox.ListInbox;
import io.eventboard.application.notification.inbox.MarkRead;
import io.eventboard.application.notification.inbox.NotificationReads;
import io.eventboard.application.notification.preferences.ChangePreferences;
import io.eventboard.application.notification.preferences.PreferenceStore;
import io.eventboard.application.notification.preferences.ShowPreferences;
import io.eventboard.application.notification.retry.RetryNotification;
import io.eventboard.application.notification.show.ShowNotification;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.notification.NotificationQueue;
import io.eventboard.domain.user.UserAccounts;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Wires the notification API's use cases: direct recipients, the inbox, delivery state, retries, preferences. */
@Factory
public class NotificationFactory {

    @Singleton
    DirectRecipient directRecipient(RecipientAddressPolicy policy, UserAccounts accounts) {
        return new DirectRecipient(policy, accounts);
    }

    @Singleton
    ListInbox listInbox(NotificationReads reads) {
        return new ListInbox(reads);
    }

    @Singleton
    MarkRead markRead(Transactions transactions, NotificationReads reads, Clock clock) {
        return new MarkRead(transactions, reads, clock);
    }

    @Singleton
    ShowNotification showNotification(NotificationReads reads) {
        return new ShowNotification(reads);
    }

    @Singleton
    RetryNotification retryNotification(Transactions transactions, NotificationQueue queue, Clock clock) {
        return new RetryNotification(transactions, queue, clock);
    }

    @Singleton
    ShowPreferences showPreferences(UserAccounts accounts, PreferenceStore store) {
        return new ShowPreferences(accounts, store);
    }

    @Singleton
    ChangePreferences changePreferences(Transactions transactions, UserAccounts accounts, PreferenceStore store,
                                        RecipientAddressPolicy policy, Clock clock) {
        return new ChangePreferences(transactions, accounts, store, policy, clock);
    }
}
