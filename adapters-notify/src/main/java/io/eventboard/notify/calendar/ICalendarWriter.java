package io.eventboard.notify.calendar;

import io.eventboard.application.calendar.CalendarEntry;
import io.eventboard.application.calendar.CalendarWriter;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Related;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

/**
 * iCalendar documents written with iCal4j. It lives with the notifiers because confirmation emails carry the
 * same file; the REST adapter serves it through the {@link CalendarWriter} port. Start and end are in the venue's
 * time zone (DTSTART;TZID=Europe/Madrid:...) with that zone's VTIMEZONE definition, so calendar programs show
 * the venue's wall-clock time and follow its daylight saving rules; events in UTC keep plain UTC times. The zone
 * definitions are iCal4j's bundled ones (ical4j.properties turns off fetching updates). The UID is the event's
 * id, so importing again updates rather than duplicates, and the event's version is the SEQUENCE, so calendar
 * programs take a changed event as newer.
 */
@Singleton
public final class ICalendarWriter implements CalendarWriter {

    static final String PRODUCT = "-//Eventboard//Eventboard//EN";
    private static final int FOLD_AT = 70;

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    @Override
    public String write(String name, List<CalendarEntry> entries) {
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults()
                .withProperty(new XProperty("X-WR-CALNAME", name)).getFluentTarget();
        entries.stream().map(CalendarEntry::timeZone).filter(ICalendarWriter::hasRules).distinct()
                .forEach(zone -> calendar.add(definition(zone)));
        for (CalendarEntry entry : entries) {
            calendar.add(event(entry));
        }
        StringWriter text = new StringWriter();
        try {
            // RFC 5545 asks for lines of at most 75 octets; the outputter folds by characters (toString() does not
            // fold at all), so a margin keeps a few multi-byte characters within the limit.
            new CalendarOutputter(false, FOLD_AT).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a calendar to memory", e);
        }
        return text.toString();
    }

    /** Zones that are always UTC need no definition: their times are written as UTC instants. */
    private static boolean hasRules(ZoneId zone) {
        return !zone.normalized().equals(ZoneOffset.UTC);
    }

    private VTimeZone definition(ZoneId zone) {
        TimeZone known = zones.getTimeZone(zone.getId());
        if (known == null) {
            throw new IllegalStateException("iCal4j has no definition of the time zone " + zone.getId());
        }
        return known.getVTimeZone();
    }

    private static VEvent event(CalendarEntry entry) {
        VEvent event = new VEvent();
        event.add(new DtStart<>(time(entry.start(), entry.timeZone())));
        event.add(new DtEnd<>(time(entry.end(), entry.timeZone())));
        event.add(new Summary(entry.title()));
        event.replace(new DtStamp(entry.updatedAt()));
        event.add(new Uid(entry.id() + "@eventboard"));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, entry.version())));
        event.add(new LastModified(entry.updatedAt()));
        if (!entry.description().isBlank()) {
            event.add(new Description(entry.description()));
        }
        entry.location().ifPresent(place -> event.add(new Location(place)));
        event.add(entry.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        entry.alarm().ifPresent(before -> {
            VAlarm alarm = new VAlarm();
            alarm.add(new Trigger(new ParameterList(List.of(Related.START)), before.negated()));
            alarm.add(ImmutableAction.DISPLAY);
            alarm.add(new Description(entry.title()));
            event.add(alarm);
        });
        return event;
    }

    /**
     * The venue's wall-clock time, or the UTC instant where that cannot say it: in zones that are always UTC, and
     * in the hour that repeats when clocks go back, whose local times RFC 5545 reads as their first occurrence.
     */
    private static Temporal time(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        boolean readsBackTheSame = local.withEarlierOffsetAtOverlap().toInstant().equals(instant);
        return hasRules(zone) && readsBackTheSame ? local : instant;
    }
}
