package io.eventboard.application.calendar;

import io.eventboard.application.event.query.EventCatalog;
import io.eventboard.application.event.query.EventView;
import io.eventboard.domain.calendar.CalendarFeeds;
import io.eventboard.domain.common.Rejection;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Secrets;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.event.EventRefusals;
import io.eventboard.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Events as calendar files: one event for anyone, and a private feed per user of the events they booked, which
 * calendar programs subscribe to by a secret link (no login, so the secret is the access; a new link replaces
 * it). Each entry carries an alarm at the reminder lead before the start, like the reminder notification.
 */
public final class EventCalendars implements CalendarAttachments {

    /** How far back a feed reaches, so that what one attended stays in the calendar for a while. */
    public static final Duration FEED_HISTORY = Duration.ofDays(30);
    /** Calendar programs poll feeds; a bounded answer keeps each poll cheap. */
    public static final int FEED_SIZE = 500;
    public static final Rejection NO_FEED = Rejection.notFound("calendar.not-found",
            "No calendar feed has this link; it may have been replaced or revoked.");

    private final Transactions transactions;
    private final EventCatalog catalog;
    private final BookedEvents booked;
    private final CalendarFeeds feeds;
    private final CalendarWriter writer;
    private final Duration defaultLength;
    private final Duration alarm;
    private final Clock clock;

    /** Events without an end last {@code defaultLength}; alarms ring {@code alarm} before the start. */
    public EventCalendars(Transactions transactions, EventCatalog catalog, BookedEvents booked, CalendarFeeds feeds,
                          CalendarWriter writer, Duration defaultLength, Duration alarm, Clock clock) {
        this.booked = booked;
        this.defaultLength = defaultLength;
        this.transactions = transactions;
        this.catalog = catalog;
        this.feeds = feeds;
        this.writer = writer;
        this.alarm = alarm;
        this.clock = clock;
    }

    public Result<String> ofEvent(EventId id) {
        return forEvent(id).map(Result::accepted).orElseGet(() -> Result.rejected(EventRefusals.NOT_FOUND));
    }

    @Override
    public Optional<String> forEvent(EventId id) {
        return catalog.find(id).map(event -> writer.write(event.title(), entries(List.of(event))));
    }

    /** The feed behind a link's secret: the owner's booked events of the last 30 days and the next ones. */
    public Result<String> feed(String secret) {
        return feeds.owner(Secrets.hash(secret))
                .map(user -> Result.accepted(writer.write("Eventboard", entries(booked(user)))))
                .orElseGet(() -> Result.rejected(NO_FEED));
    }

    /** A new secret link for the user, replacing any earlier one; the secret is in the answer only. */
    public String newFeed(UserId user) {
        String secret = Secrets.random();
        transactions.inTransaction(() -> {
            feeds.replace(user, Secrets.hash(secret), clock.instant());
            return secret;
        });
        return secret;
    }

    public boolean revokeFeed(UserId user) {
        return transactions.inTransaction(() -> feeds.revoke(user));
    }

    private List<CalendarEntry> entries(List<EventView> events) {
        return events.stream().map(event -> CalendarEntry.of(event, defaultLength, alarm)).toList();
    }

    private List<EventView> booked(UserId user) {
        return this.booked.bookedBy(user, clock.instant().minus(FEED_HISTORY), FEED_SIZE);
    }
}
