package io.eventboard.bootstrap;

import io.eventboard.application.event.AttendeeNotices;
import io.eventboard.application.provider.status.ProviderCircuit;
import io.eventboard.application.provider.status.ShowProviderStatus;
import io.eventboard.application.provider.sync.SyncEventsFromProvider;
import io.eventboard.application.provider.sync.SyncLedger;
import io.eventboard.application.waitlist.Promotions;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.event.Events;
import io.eventboard.domain.provider.EventProvider;
import io.eventboard.domain.tag.Tags;
import io.eventboard.domain.user.UserAccounts;
import io.eventboard.domain.venue.Venues;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Wires the provider sync; it exists only when an events provider is configured ({@code PROVIDER_URL}). */
@Factory
public class ProviderFactory {

    @Singleton
    @Requires(beans = EventProvider.class)
    SyncEventsFromProvider syncEventsFromProvider(Transactions transactions, EventProvider provider, Events events,
                                                  Venues venues, Tags tags, AttendeeNotices attendees,
                                                  Promotions promotions, UserAccounts accounts, SyncLedger ledger,
                                                  Clock clock) {
        return new SyncEventsFromProvider(transactions, provider, events, venues, tags, attendees, promotions,
                accounts, ledger, clock);
    }

    @Singleton
    @Requires(beans = {EventProvider.class, ProviderCircuit.class})
    ShowProviderStatus showProviderStatus(Transactions transactions, SyncLedger ledger, ProviderCircuit circuit,
                                          EventProvider provider) {
        return new ShowProviderStatus(transactions, ledger, circuit, provider.name());
    }
}
