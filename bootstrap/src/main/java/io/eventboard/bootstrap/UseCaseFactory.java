package io.eventboard.bootstrap;

import io.eventboard.application.booking.SeatLedger;
import io.eventboard.application.booking.book.BookSeat;
import io.eventboard.application.booking.cancel.CancelBooking;
import io.eventboard.application.event.AttendeeNotices;
import io.eventboard.application.event.EventReferences;
import io.eventboard.application.event.cancel.CancelEvent;
import io.eventboard.application.event.create.CreateEvent;
import io.eventboard.application.event.delete.DeleteEvent;
import io.eventboard.application.event.status.ChangeEventStatus;
import io.eventboard.application.event.sweep.AdvanceEventStatuses;
import io.eventboard.application.event.update.UpdateEvent;
import io.eventboard.application.notification.direct.SendDirectNotification;
import io.eventboard.application.notification.dispatch.DispatchMetrics;
import io.eventboard.application.idempotency.IdempotentRequests;
import io.eventboard.application.notification.dispatch.DispatchNotifications;
import io.eventboard.application.notification.dispatch.DispatchSettings;
import io.eventboard.application.notification.reminders.EnqueueDueReminders;
import io.eventboard.application.rating.rate.RateEvent;
import io.eventboard.application.retention.PurgeExpiredEvents;
import io.eventboard.application.status.CheckHealth;
import io.eventboard.application.status.HealthProbe;
import io.eventboard.application.waitlist.Promotions;
import io.eventboard.domain.booking.Bookings;
import io.eventboard.domain.channel.Channels;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.event.EditWindow;
import io.eventboard.domain.event.EventSchedule;
import io.eventboard.domain.event.Events;
import io.eventboard.domain.event.StatusPolicy;
import io.eventboard.domain.idempotency.IdempotencyRecords;
import io.eventboard.domain.notification.DueReminders;
import io.eventboard.domain.notification.NotificationQueue;
import io.eventboard.domain.notification.NotificationSender;
import io.eventboard.domain.notification.Outbox;
import io.eventboard.domain.notification.Recipients;
import io.eventboard.domain.notification.ReminderPolicy;
import io.eventboard.domain.notification.RetryPolicy;
import io.eventboard.domain.rating.Ratings;
import io.eventboard.domain.tag.Tags;
import io.eventboard.domain.venue.Venues;
import io.eventboard.domain.waitlist.Waitlists;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

/** Wires the framework-free use cases to the adapters; the only place that owns a {@link Clock}. */
@Factory
public class UseCaseFactory {

    private static final String NOTIFICATION_SENDS = "notification-sends";

    /** Microsecond ticks: PostgreSQL keeps microseconds, so what we answer equals what we stored. */
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    @Singleton
    EditWindow editWindow(EventboardSettings settings) {
        return new EditWindow(settings.editWindow());
    }

    @Singleton
    StatusPolicy statusPolicy(EventboardSettings settings) {
        return new StatusPolicy(settings.defaultEventDuration());
    }

    @Singleton
    ReminderPolicy reminderPolicy(EventboardSettings settings) {
        return new ReminderPolicy(settings.reminderLead());
    }

    @Singleton
    RetryPolicy retryPolicy(EventboardSettings settings) {
        return new RetryPolicy(settings.notifyMaxAttempts(), settings.notifyRetryBaseDelay(),
                settings.notifyRetryMaxDelay());
    }

    @Singleton
    EventReferences eventReferences(Venues venues, Channels channels, Tags tags) {
        return new EventReferences(venues, channels, tags);
    }

    @Singleton
    AttendeeNotices attendeeNotices(Bookings bookings, Waitlists waitlists, Recipients recipients, Outbox outbox,
                                    Venues venues) {
        return new AttendeeNotices(bookings, waitlists, recipients, outbox, venues);
    }

    @Singleton
    Promotions promotions(Events events, Bookings bookings, Waitlists waitlists, Recipients recipients,
                          Outbox outbox, Venues venues) {
        return new Promotions(events, bookings, waitlists, recipients, outbox, venues);
    }

    @Singleton
    SeatLedger seatLedger(Transactions transactions, Events events, Bookings bookings, Promotions promotions,
                          Recipients recipients, Outbox outbox, Venues venues, Clock clock) {
        return new SeatLedger(transactions, events, bookings, promotions, recipients, outbox, venues, clock);
    }

    @Singleton
    CreateEvent createEvent(Transactions transactions, Events events, EventReferences references,
                            Waitlists waitlists, Clock clock) {
        return new CreateEvent(transactions, events, references, waitlists, clock);
    }

    @Singleton
    UpdateEvent updateEvent(Transactions transactions, Events events, EventReferences references,
                            AttendeeNotices attendees, Promotions promotions, EditWindow editWindow, Clock clock) {
        return new UpdateEvent(transactions, events, references, attendees, promotions, editWindow, clock);
    }

    @Singleton
    DeleteEvent deleteEvent(Transactions transactions, Events events, AttendeeNotices attendees,
                            EditWindow editWindow, Clock clock) {
        return new DeleteEvent(transactions, events, attendees, editWindow, clock);
    }

    @Singleton
    CancelEvent cancelEvent(Transactions transactions, Events events, AttendeeNotices attendees, Clock clock) {
        return new CancelEvent(transactions, events, attendees, clock);
    }

    @Singleton
    ChangeEventStatus changeEventStatus(Transactions transactions, Events events, Clock clock) {
        return new ChangeEventStatus(transactions, events, clock);
    }

    @Singleton
    AdvanceEventStatuses advanceEventStatuses(Transactions transactions, EventSchedule schedule,
                                              StatusPolicy policy, EventboardSettings settings, Clock clock) {
        return new AdvanceEventStatuses(transactions, schedule, policy, settings.sweepBatchSize(), clock);
    }

    @Singleton
    BookSeat bookSeat(SeatLedger ledger) {
        return new BookSeat(ledger);
    }

    @Singleton
    CancelBooking cancelBooking(SeatLedger ledger) {
        return new CancelBooking(ledger);
    }

    @Singleton
    RateEvent rateEvent(Transactions transactions, Events events, Bookings bookings, Ratings ratings, Clock clock) {
        return new RateEvent(transactions, events, bookings, ratings, clock);
    }

    @Singleton
    EnqueueDueReminders enqueueDueReminders(Transactions transactions, DueReminders dueReminders,
                                            Recipients recipients, Outbox outbox, ReminderPolicy policy,
                                            EventboardSettings settings, Clock clock) {
        return new EnqueueDueReminders(transactions, dueReminders, recipients, outbox, policy,
                settings.sweepBatchSize(), clock);
    }

    @Singleton
    DispatchNotifications dispatchNotifications(Transactions transactions, NotificationQueue queue,
                                                List<NotificationSender> senders, RetryPolicy retryPolicy,
                                                EventboardSettings settings, Clock clock, DispatchMetrics metrics,
                                                @Named(NOTIFICATION_SENDS) ExecutorService sends) {
        DispatchSettings dispatch = new DispatchSettings(settings.dispatchBatchSize(), settings.notifyLease(),
                retryPolicy, workerName());
        return new DispatchNotifications(transactions, queue, senders, dispatch, RandomGenerator.getDefault(), clock,
                metrics, sends);
    }

    /** The threads that send a claimed batch side by side: {@code DISPATCH_CONCURRENCY} sends at once. */
    @Singleton
    @Named(NOTIFICATION_SENDS)
    @Bean(preDestroy = "shutdownNow")
    ExecutorService notificationSends(EventboardSettings settings) {
        AtomicInteger threads = new AtomicInteger();
        return Executors.newFixedThreadPool(settings.dispatchConcurrency(), task -> {
            Thread thread = new Thread(task, "notification-send-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Singleton
    IdempotentRequests idempotentRequests(Transactions transactions, IdempotencyRecords records,
                                          EventboardSettings settings, Clock clock) {
        return new IdempotentRequests(transactions, records, settings.sweepBatchSize(), clock);
    }

    @Singleton
    SendDirectNotification sendDirectNotification(Transactions transactions, Outbox outbox, NotificationQueue queue,
                                                  Clock clock) {
        return new SendDirectNotification(transactions, outbox, queue, clock);
    }

    @Singleton
    PurgeExpiredEvents purgeExpiredEvents(Transactions transactions, EventSchedule schedule,
                                          EventboardSettings settings, Clock clock) {
        return new PurgeExpiredEvents(transactions, schedule, Duration.ofDays(settings.retentionDays()),
                settings.sweepBatchSize(), clock);
    }

    /** Unique per application context, so two contexts in one JVM (as in tests) never share a lease. */
    private static String workerName() {
        return ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Singleton
    CheckHealth checkHealth(List<HealthProbe> probes) {
        return new CheckHealth(probes);
    }
}
