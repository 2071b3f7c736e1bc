package io.eventboard.application.testing;

import io.eventboard.application.account.SessionIssuer;
import io.eventboard.application.account.admin.ChangeAccess;
import io.eventboard.application.account.admin.EnsureAdmin;
import io.eventboard.application.account.login.LogIn;
import io.eventboard.application.account.logout.LogOut;
import io.eventboard.application.account.refresh.RefreshSession;
import io.eventboard.application.account.register.RegisterUser;
import io.eventboard.application.booking.SeatLedger;
import io.eventboard.application.booking.book.BookSeat;
import io.eventboard.application.booking.cancel.CancelBooking;
import io.eventboard.application.event.AttendeeNotices;
import io.eventboard.application.event.EventReferences;
import io.eventboard.application.event.cancel.CancelEvent;
import io.eventboard.application.event.create.CreateEvent;
import io.eventboard.application.event.delete.DeleteEvent;
import io.eventboard.application.event.status.ChangeEventStatus;
import io.eventboard.application.event.status.PendingStatusChanges;
import io.eventboard.application.event.sweep.AdvanceEventStatuses;
import io.eventboard.application.event.update.UpdateEvent;
import io.eventboard.application.idempotency.IdempotentRequests;
import io.eventboard.application.notification.direct.DirectRecipient;
import io.eventboard.application.notification.direct.SendDirectNotification;
import io.eventboard.application.notification.dispatch.DispatchMetrics;
import io.eventboard.application.notification.dispatch.DispatchNotifications;
import io.eventboard.application.notification.dispatch.DispatchSettings;
import io.eventboard.application.notification.inbox.ListInbox;
import io.eventboard.application.notification.inbox.MarkRead;
import io.eventboard.application.notification.preferences.ChangePreferences;
import io.eventboard.application.notification.preferences.ShowPreferences;
import io.eventboard.application.notification.reminders.EnqueueDueReminders;
import io.eventboard.application.notification.retry.RetryNotification;
import io.eventboard.application.notification.show.ShowNotification;
import io.eventboard.application.provider.sync.ProviderAccount;
import io.eventboard.application.provider.sync.SyncEventsFromProvider;
import io.eventboard.application.rating.rate.RateEvent;
import io.eventboard.application.retention.PurgeExpiredEvents;
import io.eventboard.application.series.RestOfSeries;
import io.eventboard.application.series.SeriesZones;
import io.eventboard.application.series.cancel.CancelOccurrences;
import io.eventboard.application.series.create.CreateEventSeries;
import io.eventboard.application.series.query.ShowEventSeries;
import io.eventboard.application.series.update.UpdateOccurrences;
import io.eventboard.application.servicetoken.AuthenticateServiceToken;
import io.eventboard.application.servicetoken.IssueServiceToken;
import io.eventboard.application.servicetoken.ListServiceTokens;
import io.eventboard.application.servicetoken.RevokeServiceToken;
import io.eventboard.application.waitlist.Promotions;
import io.eventboard.application.waitlist.accept.AcceptOffer;
import io.eventboard.application.waitlist.expire.ExpireWaitlistOffers;
import io.eventboard.application.waitlist.join.JoinWaitlist;
import io.eventboard.application.waitlist.leave.LeaveWaitlist;
import io.eventboard.application.waitlist.query.ListWaitlist;
import io.eventboard.application.waitlist.query.ShowMyPlace;
import io.eventboard.domain.booking.Booking;
import io.eventboard.domain.booking.BookingId;
import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.common.Ids;
import io.eventboard.domain.event.EditWindow;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.StatusPolicy;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.NotificationSender;
import io.eventboard.domain.notification.ReminderPolicy;
import io.eventboard.domain.notification.RetryPolicy;
import io.eventboard.domain.testdata.EventBuilder;
import io.eventboard.domain.testdata.MutableClock;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.Actor;
import io.eventboard.domain.user.Role;
import io.eventboard.domain.user.UserAccount;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.venue.Venue;
import io.eventboard.domain.venue.VenueId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The application wired over the in-memory ports, with a clock the test moves:
 * {@code TestBoard board = TestBoard.at(TestTime.NOW); board.bookSeat().book(...)}. Each factory method builds
 * a use case with the default settings below; small batch sizes make the loops over batches run.
 */
public final class TestBoard {

    public static final Duration EDIT_WINDOW = EditWindow.DEFAULT_LENGTH;
    public static final Duration DEFAULT_EVENT_LENGTH = StatusPolicy.DEFAULT_DURATION;
    public static final Duration REMINDER_LEAD = ReminderPolicy.DEFAULT_LEAD;
    public static final Duration LEASE = Duration.ofSeconds(30);
    public static final Duration RETENTION = PurgeExpiredEvents.DEFAULT_RETENTION;
    public static final int BATCH_SIZE = 3;
    public static final String WORKER = "dispatcher-1";
    public static final String PROVIDER = "acme";
    /** How long a refresh token lives. */
    public static final Duration SESSION_LIFETIME = Duration.ofDays(14);
    /** The system user imported events belong to. */
    public static final UserId SYSTEM_USER = ProviderAccount.idOf(PROVIDER);

    private final MutableClock clock;
    private final InMemoryDatabase database = new InMemoryDatabase();
    private final InMemoryTransactions transactions = new InMemoryTransactions(database);
    private final InMemoryEvents events = new InMemoryEvents(database);
    private final InMemoryRecurringEvents recurringEvents = new InMemoryRecurringEvents(database);
    private final InMemoryEventSchedule schedule = new InMemoryEventSchedule(database);
    private final InMemoryBookings bookings = new InMemoryBookings(database);
    private final InMemoryRatings ratings = new InMemoryRatings(database);
    private final InMemoryNotifications notifications = new InMemoryNotifications(database);
    private final InMemoryNotificationReads notificationReads = new InMemoryNotificationReads(notifications);
    private final InMemoryPreferences preferences = new InMemoryPreferences();
    private final ScriptedAddressPolicy addressPolicy = new ScriptedAddressPolicy();
    private final InMemoryDueReminders dueReminders = new InMemoryDueReminders(database);
    private final ConfigurableRecipients recipients = new ConfigurableRecipients();
    private final InMemoryVenues venues = new InMemoryVenues(database);
    private final InMemoryChannels channels = new InMemoryChannels(database);
    private final InMemoryTags tags = new InMemoryTags(database);
    private final InMemoryUserAccounts users = new InMemoryUserAccounts(database);
    private final InMemoryRefreshTokens refreshTokens = new InMemoryRefreshTokens(database);
    private final InMemoryServiceTokens serviceTokens = new InMemoryServiceTokens();
    private final InMemoryIdempotencyRecords idempotencyRecords = new InMemoryIdempotencyRecords(database);
    private final InMemoryWaitlists waitlists = new InMemoryWaitlists(database);
    private final Sha256PasswordHasher passwordHasher = new Sha256PasswordHasher();
    private final Map<DeliveryChannel, RecordingNotificationSender> senders = new EnumMap<>(DeliveryChannel.class);
    private final ScriptedEventProvider provider = new ScriptedEventProvider(PROVIDER);
    private final InMemorySyncLedger syncLedger = new InMemorySyncLedger();
    private final FixedJitter jitter = new FixedJitter(0);
    private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;

    private TestBoard(Instant now) {
        this.clock = MutableClock.startingAt(now);
        for (DeliveryChannel channel : DeliveryChannel.values()) {
            senders.put(channel, new RecordingNotificationSender(channel));
        }
    }

    public static TestBoard at(Instant now) {
        return new TestBoard(now);
    }

    /** A board at {@link TestTime#NOW}, the reference point of the event builders. */
    public static TestBoard now() {
        return at(TestTime.NOW);
    }

    // ---- time ----

    public MutableClock clock() {
        return clock;
    }

    public Instant instant() {
        return clock.instant();
    }

    public TestBoard advance(Duration by) {
        clock.advance(by);
        return this;
    }

    // ---- ports ----

    public InMemoryDatabase database() {
        return database;
    }

    public InMemoryTransactions transactions() {
        return transactions;
    }

    public InMemoryEvents events() {
        return events;
    }

    public InMemoryRecurringEvents recurringEvents() {
        return recurringEvents;
    }

    public InMemoryEventSchedule schedule() {
        return schedule;
    }

    public InMemoryBookings bookings() {
        return bookings;
    }

    public InMemoryRatings ratings() {
        return ratings;
    }

    /** The outbox and the dispatcher's queue: one store. */
    public InMemoryNotifications notifications() {
        return notifications;
    }

    public InMemoryNotificationReads notificationReads() {
        return notificationReads;
    }

    public InMemoryPreferences preferences() {
        return preferences;
    }

    public ScriptedAddressPolicy addressPolicy() {
        return addressPolicy;
    }

    public InMemoryDueReminders dueReminders() {
        return dueReminders;
    }

    public ConfigurableRecipients recipients() {
        return recipients;
    }

    public InMemoryVenues venues() {
        return venues;
    }

    public InMemoryChannels channels() {
        return channels;
    }

    public InMemoryTags tags() {
        return tags;
    }

    public InMemoryUserAccounts users() {
        return users;
    }

    public InMemoryRefreshTokens refreshTokens() {
        return refreshTokens;
    }

    public InMemoryServiceTokens serviceTokens() {
        return serviceTokens;
    }

    public InMemoryIdempotencyRecords idempotencyRecords() {
        return idempotencyRecords;
    }

    public InMemoryWaitlists waitlists() {
        return waitlists;
    }

    public Sha256PasswordHasher passwordHasher() {
        return passwordHasher;
    }

    public RecordingNotificationSender sender(DeliveryChannel channel) {
        return senders.get(channel);
    }

    /** One recording sender per channel. */
    public List<NotificationSender> senders() {
        return new ArrayList<>(senders.values());
    }

    public ScriptedEventProvider provider() {
        return provider;
    }

    public InMemorySyncLedger syncLedger() {
        return syncLedger;
    }

    public FixedJitter jitter() {
        return jitter;
    }

    // ---- settings ----

    public TestBoard withRetryPolicy(RetryPolicy policy) {
        this.retryPolicy = policy;
        return this;
    }

    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    public DispatchSettings dispatchSettings(String worker) {
        return new DispatchSettings(BATCH_SIZE, LEASE, retryPolicy, worker);
    }

    // ---- use cases ----

    public EventReferences eventReferences() {
        return new EventReferences(venues, channels, tags);
    }

    public AttendeeNotices attendeeNotices() {
        return new AttendeeNotices(bookings, waitlists, recipients, notifications, venues);
    }

    public Promotions promotions() {
        return new Promotions(events, bookings, waitlists, recipients, notifications, venues);
    }

    public SeatLedger seatLedger() {
        return new SeatLedger(transactions, events, bookings, promotions(), recipients, notifications, venues,
                clock);
    }

    public CreateEvent createEvent() {
        return new CreateEvent(transactions, events, eventReferences(), waitlists, clock);
    }

    public UpdateEvent updateEvent() {
        return new UpdateEvent(transactions, events, eventReferences(), attendeeNotices(), promotions(),
                new EditWindow(EDIT_WINDOW), clock);
    }

    public DeleteEvent deleteEvent() {
        return new DeleteEvent(transactions, events, attendeeNotices(), new EditWindow(EDIT_WINDOW), clock);
    }

    public CancelEvent cancelEvent() {
        return new CancelEvent(transactions, events, attendeeNotices(), clock);
    }

    public CreateEventSeries createEventSeries() {
        return new CreateEventSeries(transactions, events, recurringEvents, eventReferences(), SeriesZones.UTC,
                clock);
    }

    public ShowEventSeries showEventSeries() {
        return new ShowEventSeries(recurringEvents, users);
    }

    public UpdateOccurrences updateOccurrences() {
        return new UpdateOccurrences(new RestOfSeries(transactions, recurringEvents), updateEvent());
    }

    public CancelOccurrences cancelOccurrences() {
        return new CancelOccurrences(new RestOfSeries(transactions, recurringEvents), cancelEvent());
    }

    public ChangeEventStatus changeEventStatus() {
        return new ChangeEventStatus(transactions, events, clock);
    }

    public AdvanceEventStatuses advanceEventStatuses() {
        return new AdvanceEventStatuses(transactions, schedule, new StatusPolicy(DEFAULT_EVENT_LENGTH), BATCH_SIZE,
                clock);
    }

    public BookSeat bookSeat() {
        return new BookSeat(seatLedger());
    }

    public CancelBooking cancelBooking() {
        return new CancelBooking(seatLedger());
    }

    public JoinWaitlist joinWaitlist() {
        return new JoinWaitlist(transactions, events, bookings, waitlists, clock);
    }

    public LeaveWaitlist leaveWaitlist() {
        return new LeaveWaitlist(transactions, events, promotions(), clock);
    }

    public AcceptOffer acceptOffer() {
        return new AcceptOffer(seatLedger());
    }

    public ShowMyPlace showMyPlace() {
        return new ShowMyPlace(events, waitlists);
    }

    public ListWaitlist listWaitlist() {
        return new ListWaitlist(events, waitlists);
    }

    public ExpireWaitlistOffers expireWaitlistOffers() {
        return new ExpireWaitlistOffers(transactions, events, promotions(), BATCH_SIZE, clock);
    }

    public RateEvent rateEvent() {
        return new RateEvent(transactions, events, bookings, ratings, clock);
    }

    public EnqueueDueReminders enqueueDueReminders() {
        return new EnqueueDueReminders(transactions, dueReminders, recipients, notifications,
                new ReminderPolicy(REMINDER_LEAD), BATCH_SIZE, clock);
    }

    /** A dispatcher named {@link #WORKER} with a recording sender for every channel. */
    public DispatchNotifications dispatchNotifications() {
        return dispatchNotifications(WORKER, senders());
    }

    public DispatchNotifications dispatchNotifications(String worker, List<NotificationSender> withSenders) {
        return new DispatchNotifications(transactions, notifications, withSenders, dispatchSettings(worker), jitter,
                clock);
    }

    /** A dispatcher named {@link #WORKER} that hands its sends to {@code sends}. */
    public DispatchNotifications dispatchNotifications(List<NotificationSender> withSenders, Executor sends) {
        return new DispatchNotifications(transactions, notifications, withSenders, dispatchSettings(WORKER), jitter,
                clock, DispatchMetrics.NONE, sends);
    }

    public IdempotentRequests idempotentRequests() {
        return new IdempotentRequests(transactions, idempotencyRecords, BATCH_SIZE, clock);
    }

    public SendDirectNotification sendDirectNotification() {
        return new SendDirectNotification(transactions, notifications, notifications, clock);
    }

    public DirectRecipient directRecipient() {
        return new DirectRecipient(addressPolicy, users);
    }

    public ListInbox listInbox() {
        return new ListInbox(notificationReads);
    }

    public MarkRead markRead() {
        return new MarkRead(transactions, notificationReads, clock);
    }

    public ShowNotification showNotification() {
        return new ShowNotification(notificationReads);
    }

    public RetryNotification retryNotification() {
        return new RetryNotification(transactions, notifications, clock);
    }

    public ShowPreferences showPreferences() {
        return new ShowPreferences(users, preferences);
    }

    public ChangePreferences changePreferences() {
        return new ChangePreferences(transactions, users, preferences, addressPolicy, clock);
    }

    public SyncEventsFromProvider syncEventsFromProvider() {
        return new SyncEventsFromProvider(transactions, provider, events, venues, tags, attendeeNotices(),
                promotions(), users, syncLedger, clock);
    }

    public PurgeExpiredEvents purgeExpiredEvents() {
        return new PurgeExpiredEvents(transactions, schedule, RETENTION, BATCH_SIZE, clock);
    }

    /** Refresh tokens that live {@link #SESSION_LIFETIME}. */
    public SessionIssuer sessionIssuer() {
        return new SessionIssuer(refreshTokens, SESSION_LIFETIME);
    }

    public RegisterUser registerUser() {
        return new RegisterUser(transactions, users, passwordHasher, clock);
    }

    public LogIn logIn() {
        return new LogIn(transactions, users, passwordHasher, sessionIssuer(), clock);
    }

    public ChangeAccess changeAccess() {
        return new ChangeAccess(transactions, users, refreshTokens, clock);
    }

    public RefreshSession refreshSession() {
        return new RefreshSession(transactions, refreshTokens, users, sessionIssuer(), clock);
    }

    public LogOut logOut() {
        return new LogOut(transactions, refreshTokens, clock);
    }

    public EnsureAdmin ensureAdmin() {
        return new EnsureAdmin(users, registerUser());
    }

    // ---- operations ----

    public IssueServiceToken issueServiceToken() {
        return new IssueServiceToken(transactions, serviceTokens, clock);
    }

    public ListServiceTokens listServiceTokens() {
        return new ListServiceTokens(transactions, serviceTokens);
    }

    public RevokeServiceToken revokeServiceToken() {
        return new RevokeServiceToken(transactions, serviceTokens, clock);
    }

    public AuthenticateServiceToken authenticateServiceToken() {
        return new AuthenticateServiceToken(transactions, serviceTokens, clock);
    }

    /** Lists at most {@link #BATCH_SIZE} events. */
    public PendingStatusChanges pendingStatusChanges() {
        return new PendingStatusChanges(transactions, schedule, new StatusPolicy(DEFAULT_EVENT_LENGTH), BATCH_SIZE,
                clock);
    }

    // ---- given: data written straight into the store, bypassing the rules ----

    public <T> T inTransaction(Supplier<T> work) {
        return transactions.inTransaction(work);
    }

    public Event given(Event event) {
        return inTransaction(() -> {
            events.add(event);
            return event;
        });
    }

    public Event given(EventBuilder event) {
        return given(event.build());
    }

    /** Stores the event with an active booking (made now) for each attendee; its seat count matches. */
    public Event givenWithAttendees(EventBuilder builder, UserId... attendees) {
        Event event = builder.withSeatsBooked(attendees.length).build();
        return inTransaction(() -> {
            events.add(event);
            for (UserId attendee : attendees) {
                bookings.add(Booking.active(new BookingId(Ids.timeOrdered(instant())), event.id(), attendee,
                        instant()));
            }
            return event;
        });
    }

    public UserId aUser() {
        return new UserId(UUID.randomUUID());
    }

    public List<UserId> users(int count) {
        List<UserId> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(aUser());
        }
        return all;
    }

    public Actor anAdmin() {
        return Actor.admin(aUser());
    }

    /** A registered, enabled USER account with this password; its email is {@code <username>@example.org}. */
    public UserAccount givenAccount(String username, String password) {
        return registerUser().register(new RegisterUser.Command(username, username + "@example.org", password,
                Role.USER)).value();
    }

    /** Stores the account as given (say, disabled), bypassing registration. */
    public UserAccount given(UserAccount account) {
        return inTransaction(() -> {
            if (!users.add(account)) {
                throw new IllegalStateException("account " + account.username() + " is taken");
            }
            return account;
        });
    }

    /** Switches an account off (or on again), as an admin would. */
    public UserAccount setEnabled(UserAccount account, boolean enabled) {
        UserAccount changed = new UserAccount(account.id(), account.username(), account.email(),
                account.passwordHash(), account.role(), enabled, account.createdAt());
        inTransaction(() -> users.replace(changed));
        return changed;
    }

    public VenueId aVenue() {
        return inTransaction(() -> venues.findOrCreate("Venue " + UUID.randomUUID(), "Berlin", null)).id();
    }

    public VenueId aVenueIn(ZoneId zone) {
        Venue venue = new Venue(new VenueId(UUID.randomUUID()), "Venue " + UUID.randomUUID(), "Madrid", null, zone);
        inTransaction(() -> {
            venues.add(venue);
            return venue;
        });
        return venue.id();
    }

    public Venue venue(VenueId id) {
        return venues.findById(id).orElseThrow();
    }

    public ChannelId aChannel() {
        return inTransaction(channels::add);
    }

    public TestBoard knownTags(String... names) {
        inTransaction(() -> {
            tags.ensure(Set.of(names));
            return null;
        });
        return this;
    }
}
