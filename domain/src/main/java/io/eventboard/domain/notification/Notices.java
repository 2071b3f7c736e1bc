package io.eventboard.domain.notification;

import io.eventboard.domain.booking.Booking;
import io.eventboard.domain.common.Ids;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.venue.TimeZones;
import io.eventboard.domain.waitlist.WaitlistEntry;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The notices Eventboard sends about bookings and events, one per channel of the recipient. Each dedupe key
 * names what the notice is about, so deciding the same notice twice stores it once. Times read as the clock at
 * the venue shows them ({@code zone}), with the zone named, because that is when people have to be there.
 */
public final class Notices {

    private Notices() {
    }

    public static List<Notification> bookingConfirmed(List<Recipient> to, Event event, ZoneId zone, Booking booking,
                                                      Instant now) {
        return each(to, NotificationKind.BOOKING_CONFIRMED, subject("Booking confirmed: ", event.title()),
                "Your seat at \"" + event.title() + "\" on " + start(event, zone) + " is booked.",
                "booking-confirmed:" + booking.id(), event.id(), now);
    }

    public static List<Notification> bookingCancelled(List<Recipient> to, Event event, ZoneId zone, Booking booking,
                                                      Instant now) {
        return each(to, NotificationKind.BOOKING_CANCELLED, subject("Booking cancelled: ", event.title()),
                "Your booking for \"" + event.title() + "\" on " + start(event, zone) + " is cancelled.",
                "booking-cancelled:" + booking.id(), event.id(), now);
    }

    public static List<Notification> eventCancelled(List<Recipient> to, Event event, ZoneId zone, UserId attendee,
                                                    Instant now) {
        return each(to, NotificationKind.EVENT_CANCELLED, subject("Event cancelled: ", event.title()),
                "\"" + event.title() + "\", planned for " + start(event, zone) + ", has been cancelled.",
                "event-cancelled:" + event.id() + ":" + attendee, event.id(), now);
    }

    public static List<Notification> eventChanged(List<Recipient> to, Event event, ZoneId zone, UserId attendee,
                                                  Instant now) {
        return each(to, NotificationKind.EVENT_CHANGED, subject("Event changed: ", event.title()),
                "\"" + event.title() + "\" has changed; it now starts " + start(event, zone) + ".",
                "event-changed:" + event.id() + ":" + attendee + ":" + event.updatedAt().toEpochMilli(), event.id(),
                now);
    }

    /** The first in line got a freed seat: a booking made for them without asking. */
    public static List<Notification> waitlistPromoted(List<Recipient> to, Event event, ZoneId zone,
                                                      Booking booking, Instant now) {
        return each(to, NotificationKind.WAITLIST_PROMOTED, subject("You got a seat: ", event.title()),
                "A seat at \"" + event.title() + "\" on " + start(event, zone) + " became free and is now booked "
                        + "for you from the waitlist.",
                "waitlist-promoted:" + booking.id(), event.id(), now);
    }

    /** A freed seat is held for the first in line until the offer expires; they accept it to book it. */
    public static List<Notification> waitlistOffered(List<Recipient> to, Event event, ZoneId zone,
                                                     WaitlistEntry offer, Instant now) {
        return each(to, NotificationKind.WAITLIST_OFFERED, subject("A seat is offered to you: ", event.title()),
                "A seat at \"" + event.title() + "\" on " + start(event, zone) + " is held for you until "
                        + TimeZones.describe(offer.offerExpiresAt(), zone)
                        + ". Accept the offer before then to book it.",
                "waitlist-offered:" + event.id() + ":" + offer.user() + ":" + offer.offerExpiresAt().toEpochMilli(),
                event.id(), now);
    }

    public static List<Notification> reminder(List<Recipient> to, DueReminder due, Instant now) {
        return new Reminders(now).remind(to, due);
    }

    /**
     * The reminders of one batch. What a reminder says (and its dedupe key, but for the user) depends only on
     * the event and its start, so it is written once per event, not once per booking: a run reminds thousands
     * of attendees of each event.
     */
    public static final class Reminders {

        private final Instant now;
        private final Map<EventStart, ReminderText> texts = new HashMap<>();

        public Reminders(Instant now) {
            this.now = now;
        }

        /** One reminder per channel of the booking's user. */
        public List<Notification> remind(List<Recipient> to, DueReminder due) {
            ReminderText text = texts.computeIfAbsent(
                    new EventStart(due.event(), due.title(), due.startsAt(), due.timeZone()), ReminderText::of);
            return each(to, NotificationKind.EVENT_REMINDER, text.subject(), text.body(),
                    text.aboutEvent() + due.user() + text.aboutStart(), due.event(), now);
        }

        /** Everything a reminder's text depends on. */
        private record EventStart(EventId event, String title, Instant startsAt, ZoneId zone) {
        }

        /** The dedupe key is {@code aboutEvent + user + aboutStart}. */
        private record ReminderText(String subject, String body, String aboutEvent, String aboutStart) {

            static ReminderText of(EventStart start) {
                return new ReminderText(Notices.subject("Reminder: ", start.title()),
                        "\"" + start.title() + "\" starts at " + TimeZones.describe(start.startsAt(), start.zone())
                                + ".",
                        "reminder:" + start.event() + ":", ":" + start.startsAt().toEpochMilli());
            }
        }
    }

    /** A message an admin or a service sends directly; {@code dedupeKey} defaults to the new id. */
    public static Notification direct(Recipient to, String subject, String message, Instant scheduledAt,
                                      String dedupeKey, Instant now) {
        NotificationId id = new NotificationId(Ids.timeOrdered(now));
        return Notification.queue(id, to, NotificationKind.CUSTOM, subject, message,
                dedupeKey != null ? dedupeKey : "direct:" + id, scheduledAt, now);
    }

    private static String start(Event event, ZoneId zone) {
        return TimeZones.describe(event.startsAt(), zone);
    }

    /** The prefix and the title, cut to fit a notification's subject (titles may be as long as subjects). */
    private static String subject(String prefix, String title) {
        String subject = prefix + title;
        if (subject.length() <= Notification.MAX_SUBJECT) {
            return subject;
        }
        int cut = Notification.MAX_SUBJECT - 1;
        if (Character.isHighSurrogate(subject.charAt(cut - 1))) {
            cut--;
        }
        return subject.substring(0, cut) + "\u2026";
    }

    private static List<Notification> each(List<Recipient> to, NotificationKind kind, String subject, String body,
                                           String about, EventId event, Instant now) {
        return to.stream()
                .map(recipient -> Notification.queue(new NotificationId(Ids.timeOrdered(now)), recipient, kind,
                        subject, body, about + ":" + recipient.channel().name().toLowerCase(Locale.ROOT), null, now)
                        .about(event))
                .toList();
    }
}
