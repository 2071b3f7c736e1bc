package io.eventboard.domain.notification;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static io.eventboard.domain.testdata.EventBuilder.hours;
import static io.eventboard.domain.testdata.TestTime.NOW;
import static io.eventboard.domain.venue.TimeZones.UTC;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.domain.booking.Booking;
import io.eventboard.domain.booking.BookingId;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventDetails;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.venue.TimeZones;
import io.eventboard.domain.waitlist.WaitlistEntry;
import io.eventboard.domain.waitlist.WaitlistStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class NoticesTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    private final UserId alice = new UserId(UUID.randomUUID());
    private final List<Recipient> aliceEverywhere = List.of(Recipient.inbox(alice),
            new Recipient(DeliveryChannel.EMAIL, alice, "alice@example.org"),
            new Recipient(DeliveryChannel.TELEGRAM, alice, "12345"));
    private final Event event = anEvent().titled("Kotlin meetup").startingIn(hours(3)).build();
    private final Booking booking = Booking.active(new BookingId(UUID.randomUUID()), event.id(), alice, NOW);
    private final DueReminder due = new DueReminder(booking.id(), alice, event.id(), event.title(), event.startsAt(), UTC);

    private List<Supplier<List<Notification>>> everyNotice() {
        return List.of(
                () -> Notices.bookingConfirmed(aliceEverywhere, event, UTC, booking, NOW),
                () -> Notices.bookingCancelled(aliceEverywhere, event, UTC, booking, NOW),
                () -> Notices.eventCancelled(aliceEverywhere, event, UTC, alice, NOW),
                () -> Notices.eventChanged(aliceEverywhere, event, UTC, alice, NOW),
                () -> Notices.reminder(aliceEverywhere, due, NOW));
    }

    @Test
    void decidingTheSameNoticeTwiceGivesTheSameDedupeKeys() {
        for (Supplier<List<Notification>> notice : everyNotice()) {
            List<Notification> first = notice.get();
            List<Notification> second = notice.get();

            assertThat(keys(second)).isEqualTo(keys(first));
            assertThat(second).extracting(Notification::id).doesNotContainAnyElementsOf(
                    first.stream().map(Notification::id).toList());
        }
    }

    @Test
    void eachChannelOfTheRecipientGetsItsOwnNoticeAndDedupeKey() {
        for (Supplier<List<Notification>> notice : everyNotice()) {
            List<Notification> notices = notice.get();

            assertThat(notices).extracting(Notification::channel)
                    .containsExactly(DeliveryChannel.IN_APP, DeliveryChannel.EMAIL, DeliveryChannel.TELEGRAM);
            assertThat(keys(notices)).doesNotHaveDuplicates();
        }
    }

    @Test
    void differentNoticesAboutTheSameThingHaveDifferentKeys() {
        List<String> all = everyNotice().stream().flatMap(notice -> keys(notice.get()).stream()).toList();

        assertThat(all).doesNotHaveDuplicates();
    }

    @Test
    void aChangedEventOrAMovedStartArmsANewNotice() {
        Event changedAgain = event.withRatings(event.ratings(), NOW.plusSeconds(1));
        DueReminder moved = new DueReminder(booking.id(), alice, event.id(), event.title(),
                event.startsAt().plusSeconds(3600), UTC);

        assertThat(keys(Notices.eventChanged(aliceEverywhere, changedAgain, UTC, alice, NOW)))
                .doesNotContainAnyElementsOf(keys(Notices.eventChanged(aliceEverywhere, event, UTC, alice, NOW)));
        assertThat(keys(Notices.reminder(aliceEverywhere, moved, NOW)))
                .doesNotContainAnyElementsOf(keys(Notices.reminder(aliceEverywhere, due, NOW)));
    }

    @Test
    void noticesAreQueuedForNowWithTheirKindsPriorityAndNameTheEvent() {
        Notification confirmed = Notices.bookingConfirmed(aliceEverywhere, event, UTC, booking, NOW).get(0);
        Notification cancelled = Notices.eventCancelled(aliceEverywhere, event, UTC, alice, NOW).get(0);
        Notification reminder = Notices.reminder(aliceEverywhere, due, NOW).get(0);

        assertThat(confirmed.kind()).isEqualTo(NotificationKind.BOOKING_CONFIRMED);
        assertThat(confirmed.priority()).isEqualTo(Priority.URGENT);
        assertThat(confirmed.subject()).isEqualTo("Booking confirmed: Kotlin meetup");
        assertThat(confirmed.body()).contains("Kotlin meetup");
        assertThat(confirmed.status()).isEqualTo(NotificationStatus.QUEUED);
        assertThat(confirmed.isDue(NOW)).isTrue();
        assertThat(confirmed.recipient()).isEqualTo(Recipient.inbox(alice));
        assertThat(cancelled.priority()).isEqualTo(Priority.NORMAL);
        assertThat(reminder.kind()).isEqualTo(NotificationKind.EVENT_REMINDER);
        assertThat(reminder.subject()).isEqualTo("Reminder: Kotlin meetup");
    }

    @Test
    void everyNoticeAboutAnEventNamesItSoRetentionCanDeleteItWithTheEvent() {
        for (Supplier<List<Notification>> notice : everyNotice()) {
            assertThat(notice.get()).extracting(Notification::aboutEvent).containsOnly(Optional.of(event.id()));
        }
    }

    @Test
    void aDirectMessageIsAboutNoEventAndKeepsItsLinkThroughItsLifecycle() {
        Notification direct = Notices.direct(Recipient.inbox(alice), "Hi", "Hello there", null, null, NOW);
        Notification about = direct.about(event.id());

        assertThat(direct.aboutEvent()).isEmpty();
        assertThat(about.claim(NOW).value().delivered(NOW).value().aboutEvent()).contains(event.id());
    }

    @Test
    void theLongestTitleStillFitsInTheSubject() {
        String longest = "T".repeat(EventDetails.MAX_TITLE);
        Event event = anEvent().titled(longest).build();
        DueReminder due = new DueReminder(booking.id(), alice, event.id(), longest, event.startsAt(), UTC);

        List<Notification> notices = List.of(
                Notices.bookingConfirmed(aliceEverywhere, event, UTC, booking, NOW).get(0),
                Notices.bookingCancelled(aliceEverywhere, event, UTC, booking, NOW).get(0),
                Notices.eventCancelled(aliceEverywhere, event, UTC, alice, NOW).get(0),
                Notices.eventChanged(aliceEverywhere, event, UTC, alice, NOW).get(0),
                Notices.reminder(aliceEverywhere, due, NOW).get(0),
                Notices.waitlistPromoted(aliceEverywhere, event, UTC, booking, NOW).get(0),
                Notices.waitlistOffered(aliceEverywhere, event, UTC, new WaitlistEntry(event.id(), alice,
                        WaitlistStatus.OFFERED, NOW, event.startsAt().minus(hours(1))), NOW).get(0));

        assertThat(notices).allSatisfy(notice -> {
            assertThat(notice.subject()).hasSizeLessThanOrEqualTo(Notification.MAX_SUBJECT).contains("TTTTTTTTTT");
            assertThat(notice.body()).contains(longest);
        });
    }

    @Test
    void aSubjectTooLongIsCutToTheLimitAndEndsWithAnEllipsis() {
        Event event = anEvent().titled("T".repeat(EventDetails.MAX_TITLE)).build();

        String subject = Notices.bookingConfirmed(aliceEverywhere, event, UTC, booking, NOW).get(0).subject();

        assertThat(subject).hasSize(Notification.MAX_SUBJECT).startsWith("Booking confirmed: TTT").endsWith("TT\u2026");
    }

    @Test
    void cuttingASubjectNeverSplitsACharacter() {
        String emojis = "\uD83D\uDE00".repeat(100);
        DueReminder due = new DueReminder(booking.id(), alice, event.id(), emojis, event.startsAt(), UTC);

        String subject = Notices.reminder(aliceEverywhere, due, NOW).get(0).subject();

        assertThat(subject).hasSizeLessThanOrEqualTo(Notification.MAX_SUBJECT).endsWith("\uD83D\uDE00\u2026");
        assertThat(subject.codePoints().filter(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE))
                .as("no half of a surrogate pair").isEmpty();
    }

    @Test
    void everyNoticeTellsTheStartAsTheClockAtTheVenueShowsItAndNamesTheZone() {
        Event summer = anEvent().titled("Flamenco").at(Instant.parse("2030-07-01T16:00:00Z"))
                .startingIn(hours(2)).build();
        DueReminder due = new DueReminder(booking.id(), alice, summer.id(), "Flamenco", summer.startsAt(), MADRID);

        List<Notification> notices = List.of(
                Notices.bookingConfirmed(aliceEverywhere, summer, MADRID, booking, NOW).get(0),
                Notices.bookingCancelled(aliceEverywhere, summer, MADRID, booking, NOW).get(0),
                Notices.eventCancelled(aliceEverywhere, summer, MADRID, alice, NOW).get(0),
                Notices.eventChanged(aliceEverywhere, summer, MADRID, alice, NOW).get(0),
                Notices.reminder(aliceEverywhere, due, NOW).get(0),
                Notices.waitlistPromoted(aliceEverywhere, summer, MADRID, booking, NOW).get(0),
                Notices.waitlistOffered(aliceEverywhere, summer, MADRID, new WaitlistEntry(summer.id(), alice,
                        WaitlistStatus.OFFERED, NOW, summer.startsAt().minus(hours(1))), NOW).get(0));

        assertThat(notices).extracting(Notification::body)
                .allSatisfy(body -> assertThat(body).contains("2030-07-01 20:00 Europe/Madrid (UTC+02:00)"));
        assertThat(Notices.reminder(aliceEverywhere, due, NOW).get(0).body())
                .isEqualTo("\"Flamenco\" starts at 2030-07-01 20:00 Europe/Madrid (UTC+02:00).");
    }

    @Test
    void aBatchOfRemindersSaysForEachBookingWhatItsOwnReminderSays() {
        UserId bob = new UserId(UUID.randomUUID());
        List<Recipient> bobInbox = List.of(Recipient.inbox(bob));
        Event other = anEvent().titled("Jazz night").startingIn(hours(2)).build();
        List<DueReminder> batch = List.of(due,
                new DueReminder(new BookingId(UUID.randomUUID()), bob, other.id(), other.title(), other.startsAt(),
                        MADRID),
                new DueReminder(new BookingId(UUID.randomUUID()), bob, event.id(), event.title(), event.startsAt(),
                        UTC),
                new DueReminder(booking.id(), alice, event.id(), event.title(), event.startsAt(), MADRID));
        Notices.Reminders reminders = new Notices.Reminders(NOW);

        for (DueReminder reminder : batch) {
            List<Recipient> to = reminder.user().equals(alice) ? aliceEverywhere : bobInbox;
            assertThat(reminders.remind(to, reminder)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id")
                    .isEqualTo(Notices.reminder(to, reminder, NOW));
        }
        assertThat(reminders.remind(bobInbox, batch.get(1)).get(0).body())
                .isEqualTo("\"Jazz night\" starts at " + TimeZones.describe(other.startsAt(), MADRID) + ".");
    }

    @Test
    void aDirectMessageIsDedupedByItsIdUnlessAKeyIsGiven() {
        Notification direct = Notices.direct(Recipient.inbox(alice), "Hi", "Hello there", null, null, NOW);
        Notification keyed = Notices.direct(Recipient.inbox(alice), "Hi", "Hello there", null, "campaign-7", NOW);

        assertThat(direct.dedupeKey()).isEqualTo("direct:" + direct.id());
        assertThat(keyed.dedupeKey()).isEqualTo("campaign-7");
        assertThat(direct.kind()).isEqualTo(NotificationKind.CUSTOM);
        assertThat(direct.priority()).isEqualTo(Priority.BULK);
        assertThat(direct.isDue(NOW)).isTrue();
    }

    @Test
    void aDirectMessageScheduledLaterIsDueThenAndNotBefore() {
        Notification later = Notices.direct(Recipient.inbox(alice), "Hi", "Hello", NOW.plusSeconds(600), null, NOW);

        assertThat(later.scheduledAt()).isEqualTo(NOW.plusSeconds(600));
        assertThat(later.nextAttemptAt()).isEqualTo(NOW.plusSeconds(600));
        assertThat(later.isDue(NOW.plusSeconds(599))).isFalse();
        assertThat(later.isDue(NOW.plusSeconds(600))).isTrue();
    }

    private static List<String> keys(List<Notification> notices) {
        return notices.stream().map(Notification::dedupeKey).toList();
    }
}
