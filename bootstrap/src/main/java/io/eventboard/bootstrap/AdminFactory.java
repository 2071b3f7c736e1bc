package io.eventboard.bootstrap;

import io.eventboard.application.account.admin.ChangeAccess;
import io.eventboard.application.booking.query.Attendees;
import io.eventboard.application.booking.query.ListAttendees;
import io.eventboard.application.dashboard.BoardFigures;
import io.eventboard.application.dashboard.ShowDashboard;
import io.eventboard.application.event.query.EventCatalog;
import io.eventboard.application.notification.admin.DeliveryHistory;
import io.eventboard.application.notification.admin.DeliveryLog;
import io.eventboard.application.notification.admin.ListNotifications;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.user.RefreshTokens;
import io.eventboard.domain.user.UserAccounts;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Wires what the admin panel needs beyond the public API: accounts' access, attendees, the outbox, the dashboard. */
@Factory
public class AdminFactory {

    @Singleton
    ChangeAccess changeAccess(Transactions transactions, UserAccounts accounts, RefreshTokens refreshTokens,
                              Clock clock) {
        return new ChangeAccess(transactions, accounts, refreshTokens, clock);
    }

    @Singleton
    ListAttendees listAttendees(EventCatalog catalog, Attendees attendees) {
        return new ListAttendees(catalog, attendees);
    }

    @Singleton
    ListNotifications listNotifications(DeliveryLog log, @Value("${eventboard.count-cap:1000}") long countCap) {
        return new ListNotifications(log, countCap);
    }

    @Singleton
    DeliveryHistory deliveryHistory(DeliveryLog log, Clock clock) {
        return new DeliveryHistory(log, clock);
    }

    @Singleton
    ShowDashboard showDashboard(BoardFigures figures, DeliveryLog log, Clock clock) {
        return new ShowDashboard(figures, log, clock);
    }
}
