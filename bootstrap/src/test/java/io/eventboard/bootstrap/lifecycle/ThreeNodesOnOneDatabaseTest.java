package io.eventboard.bootstrap.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.application.booking.book.BookSeat;
import io.eventboard.application.booking.cancel.CancelBooking;
import io.eventboard.application.event.cancel.CancelEvent;
import io.eventboard.application.event.create.CreateEvent;
import io.eventboard.application.event.sweep.AdvanceEventStatuses;
import io.eventboard.application.notification.dispatch.DispatchNotifications;
import io.eventboard.application.notification.dispatch.DispatchReport;
import io.eventboard.application.notification.dispatch.DispatchSettings;
import io.eventboard.application.notification.reminders.EnqueueDueReminders;
import io.eventboard.application.notification.reminders.ReminderCounts;
import io.eventboard.bootstrap.TestNodes;
import io.eventboard.bootstrap.dispatch.RecordingSender;
import io.eventboard.domain.common.Ids;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventDetails;
import io.eventboard.domain.event.SweepCounts;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.NotificationQueue;
import io.eventboard.domain.notification.RetryPolicy;
import io.eventboard.domain.testdata.MutableClock;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.Actor;
import io.eventboard.domain.user.Role;
import io.eventboard.domain.user.UserAccount;
import io.eventboard.domain.user.UserAccounts;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.testing.DirectSql;
import io.eventboard.persistence.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Three server instances (worker role, each its own application context and pool) on one database, sharing one
 * clock, run the time-driven jobs at the same moment: every unit of work is done by exactly one of them. Small
 * batches (7 rows) make the nodes take turns within one run instead of one node taking everything.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThreeNodesOnOneDatabaseTest {

    private static final Instant NOW = TestTime.NOW;
    private static final int PEOPLE = 40;
    /** Each reminder of a person without preferences goes to the in-app inbox and to the log. */
    private static final int CHANNELS_PER_PERSON = 2;
    /** Every reminder notification, with the event its dedupe key ({@code reminder:event:user:…}) names. */
    private static final String REMINDERS = """
            (SELECT id, user_id, channel, split_part(dedupe_key, ':', 2)::uuid AS event_id
             FROM notifications WHERE kind = 'EVENT_REMINDER') r""";

    private final MutableClock clock = MutableClock.startingAt(NOW);
    private TestNodes nodes;

    @BeforeAll
    void startThreeNodes() {
        nodes = TestNodes.start(3, clock, Map.of("eventboard.role", "worker", "eventboard.sweep-batch-size", "7",
                "eventboard.reminder-lead", "PT1H"));
    }

    @AfterAll
    void stopThem() {
        nodes.close();
    }

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.cleanDatabase();
        clock.set(NOW);
    }

    @Test
    void threeNodesRemindingAtOnceWriteOneReminderPerActiveBookingAndNoneForCancelledBookingsOrEvents()
            throws Exception {
        UserId organizer = aUser("organizer");
        List<UserId> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            people.add(aUser("person" + i));
        }
        List<Event> soon = List.of(anEvent(organizer, NOW.plus(Duration.ofMinutes(20))),
                anEvent(organizer, NOW.plus(Duration.ofMinutes(40))), anEvent(organizer, NOW.plus(Duration.ofMinutes(59))));
        Event calledOff = anEvent(organizer, NOW.plus(Duration.ofMinutes(30)));
        Event later = anEvent(organizer, NOW.plus(Duration.ofMinutes(61)));
        for (Event event : List.of(soon.get(0), soon.get(1), soon.get(2), calledOff, later)) {
            bookOnAllNodes(event, people);
        }
        for (UserId quitter : people.subList(0, 5)) {
            cancelBooking(soon.get(0), quitter);
            cancelBooking(soon.get(1), quitter);
        }
        assertThat(nodes.first(CancelEvent.class).cancel(new CancelEvent.Command(Actor.user(organizer),
                calledOff.id())).isAccepted()).isTrue();
        long due = soon.size() * PEOPLE - 2 * 5;

        List<ReminderCounts> counts = nodes.atOnce(node -> node.getBean(EnqueueDueReminders.class).enqueue());

        assertThat(counts.stream().mapToLong(ReminderCounts::remindersSent).sum())
                .as("bookings reminded, summed over the nodes").isEqualTo(due);
        assertThat(counts.stream().mapToLong(ReminderCounts::remindersFailed).sum()).isZero();
        assertThat(DirectSql.number("SELECT count(*) FROM " + REMINDERS)).isEqualTo(due * CHANNELS_PER_PERSON);
        assertThat(DirectSql.number("SELECT count(DISTINCT (event_id, user_id)) FROM " + REMINDERS)).isEqualTo(due);
        assertThat(DirectSql.number("SELECT count(*) FROM " + REMINDERS + " JOIN bookings b ON b.event_id = r.event_id"
                + " AND b.user_id = r.user_id AND b.status = 'ACTIVE' JOIN events e ON e.id = r.event_id"
                + " AND e.status = 'SCHEDULED' AND e.starts_at <= ?", NOW.plus(Duration.ofHours(1))))
                .as("reminders of active bookings of due, scheduled events").isEqualTo(due * CHANNELS_PER_PERSON);
        assertThat(DirectSql.number("SELECT count(*) FROM (SELECT 1 FROM " + REMINDERS
                + " GROUP BY event_id, user_id, channel HAVING count(*) > 1) twice")).isZero();
        assertThat(nodes.atOnce(node -> node.getBean(EnqueueDueReminders.class).enqueue()))
                .as("a second run at the same moment finds nothing left").containsOnly(new ReminderCounts(0, 0));

        RecordingSender sender = new RecordingSender();
        List<Integer> sent = nodes.atOnce(node -> drain(dispatcher(node, sender)));

        long stored = DirectSql.number("SELECT count(*) FROM notifications");
        assertThat(sent.stream().mapToInt(Integer::intValue).sum()).as("sent, summed over the nodes")
                .isEqualTo(stored);
        assertThat(sender.sends()).hasSize((int) stored)
                .allSatisfy((id, times) -> assertThat(times.get()).as("sends of " + id).isEqualTo(1));
        assertThat(DirectSql.number("SELECT count(*) FROM notifications WHERE status = 'SENT' AND attempts = 1"))
                .isEqualTo(stored);
        assertThat(DirectSql.number("SELECT count(*) FROM " + REMINDERS + " JOIN notifications n ON n.id = r.id"
                + " WHERE n.status = 'SENT' AND n.attempts = 1")).isEqualTo(due * CHANNELS_PER_PERSON);
    }

    @Test
    void threeNodesSweepingAtOnceMoveEachDueEventExactlyOnce() throws Exception {
        UserId organizer = aUser("organizer");
        List<Event> created = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            created.add(anEvent(organizer, NOW.plus(Duration.ofMinutes(10)), NOW.plus(Duration.ofMinutes(40))));
            created.add(anEvent(organizer, NOW.plus(Duration.ofMinutes(20)), null)); // lasts the default 2 h
        }
        for (int i = 0; i < 15; i++) { // over before the first sweep: straight to completed
            created.add(anEvent(organizer, NOW.plus(Duration.ofMinutes(5)), NOW.plus(Duration.ofMinutes(15))));
        }
        for (int i = 0; i < 10; i++) {
            created.add(anEvent(organizer, NOW.plus(Duration.ofHours(3)), null));
        }
        Event calledOff = anEvent(organizer, NOW.plus(Duration.ofMinutes(10)));
        nodes.first(CancelEvent.class).cancel(new CancelEvent.Command(Actor.user(organizer), calledOff.id()));
        assertThat(created).hasSize(85);

        clock.set(NOW.plus(Duration.ofMinutes(30)));
        long writes = rowWrites();
        assertThat(sweepOnAllNodesAtOnce()).isEqualTo(new SweepCounts(75, 15));
        assertThat(rowWrites() - writes).as("event rows written: one per moved event").isEqualTo(75);
        assertThat(countWithStatus("ONGOING")).isEqualTo(60);
        assertThat(countWithStatus("COMPLETED")).isEqualTo(15);
        assertThat(sweepOnAllNodesAtOnce()).as("nothing left at the same moment").isEqualTo(SweepCounts.NONE);

        clock.set(NOW.plus(Duration.ofHours(1)));
        assertThat(sweepOnAllNodesAtOnce()).isEqualTo(new SweepCounts(0, 30));

        clock.set(NOW.plus(Duration.ofMinutes(150)));
        assertThat(sweepOnAllNodesAtOnce()).isEqualTo(new SweepCounts(0, 30));
        assertThat(rowWrites() - writes).as("each event written once per move").isEqualTo(75 + 60);
        assertThat(countWithStatus("COMPLETED")).isEqualTo(75);
        assertThat(countWithStatus("SCHEDULED")).isEqualTo(10);
        assertThat(countWithStatus("CANCELLED")).isEqualTo(1);
    }

    /** Every update of an event row bumps its version, so the sum counts the writes. */
    private static long rowWrites() {
        return DirectSql.number("SELECT sum(version) FROM events");
    }

    /** Each node sweeps at the same moment; answers the counts summed over the nodes. */
    private SweepCounts sweepOnAllNodesAtOnce() throws Exception {
        return nodes.atOnce(node -> node.getBean(AdvanceEventStatuses.class).sweep(Optional.empty())).stream()
                .reduce(SweepCounts.NONE, SweepCounts::plus);
    }

    private static long countWithStatus(String status) {
        return DirectSql.number("SELECT count(*) FROM events WHERE status = ?", status);
    }

    /** A dispatcher of this node that sends in-app and log notifications to {@code sender}, 10 per batch. */
    private static DispatchNotifications dispatcher(ApplicationContext node, RecordingSender sender) {
        return new DispatchNotifications(node.getBean(Transactions.class), node.getBean(NotificationQueue.class),
                List.of(sender, sender.alsoFor(DeliveryChannel.IN_APP)), new DispatchSettings(10,
                Duration.ofMinutes(5), node.getBean(RetryPolicy.class), "node-" + System.identityHashCode(node)),
                RandomGenerator.getDefault(), node.getBean(Clock.class));
    }

    private static int drain(DispatchNotifications dispatcher) {
        int sent = 0;
        DispatchReport round;
        do {
            round = dispatcher.dispatchOnce();
            sent += round.sent();
        } while (round.claimed() > 0);
        return sent;
    }

    private UserId aUser(String name) {
        UserAccount account = new UserAccount(new UserId(Ids.timeOrdered(NOW)), name, name + "@example.org",
                "not-a-real-hash", Role.USER, true, NOW);
        assertThat(nodes.first(UserAccounts.class).add(account)).isTrue();
        return account.id();
    }

    private Event anEvent(UserId organizer, Instant startsAt) {
        return anEvent(organizer, startsAt, startsAt.plus(Duration.ofHours(1)));
    }

    private Event anEvent(UserId organizer, Instant startsAt, Instant endsAt) {
        return nodes.first(CreateEvent.class).create(new CreateEvent.Command(organizer,
                new EventDetails("Meetup at " + startsAt, "", null, null, Set.of(), startsAt, endsAt, PEOPLE)));
    }

    /** Everyone books the event, through the three nodes side by side (a third of the people each). */
    private void bookOnAllNodes(Event event, List<UserId> people) throws Exception {
        nodes.atOnce(node -> {
            for (int i = nodes.indexOf(node); i < people.size(); i += nodes.size()) {
                assertThat(node.getBean(BookSeat.class).book(new BookSeat.Command(event.id(), people.get(i)))
                        .isAccepted()).isTrue();
            }
            return null;
        });
    }

    private void cancelBooking(Event event, UserId person) {
        assertThat(nodes.first(CancelBooking.class).cancel(new CancelBooking.Command(event.id(), person))
                .isAccepted()).isTrue();
    }
}
