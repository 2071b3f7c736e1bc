package io.eventboard.notify.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import io.eventboard.application.calendar.CalendarEntry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.util.Configurator;
import org.junit.jupiter.api.Test;

/** What iCal4j writes, read back by another parser (biweekly), as a calendar program would. */
class ICalendarWriterTest {

    private static final Instant START = Instant.parse("2030-05-01T18:00:00Z");
    private static final Instant UPDATED = Instant.parse("2030-04-01T09:30:00Z");

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    private final ICalendarWriter writer = new ICalendarWriter();

    private static CalendarEntry meetup(boolean cancelled) {
        return meetup(cancelled, ZoneId.of("UTC"));
    }

    private static CalendarEntry meetup(boolean cancelled, ZoneId zone) {
        return new CalendarEntry(UUID.fromString("018f0000-0000-7000-8000-00000000000a"), "Kotlin meetup; coroutines, flows",
                "A long description that goes on and on, well past the seventy-five octets a line of iCalendar "
                        + "may hold, with umlauts (äöü) and commas, semicolons; and a\nnew line.",
                START, START.plus(Duration.ofHours(2)), zone, Optional.of("Loft, Main Street 1, Berlin"), cancelled, 3,
                UPDATED, cancelled ? Optional.empty() : Optional.of(Duration.ofHours(1)));
    }

    @Test
    void anEventReadsBackWithItsTimesPlaceTextAndAOneHourAlarm() {
        String ics = writer.write("Kotlin meetup", List.of(meetup(false)));

        ICalendar calendar = Biweekly.parse(ics).first();
        VEvent event = calendar.getEvents().get(0);
        assertThat(calendar.getProductId().getValue()).isEqualTo(ICalendarWriter.PRODUCT);
        assertThat(event.getUid().getValue()).isEqualTo("018f0000-0000-7000-8000-00000000000a@eventboard");
        assertThat(event.getSummary().getValue()).isEqualTo("Kotlin meetup; coroutines, flows");
        assertThat(event.getDescription().getValue()).isEqualTo(meetup(false).description());
        assertThat(event.getLocation().getValue()).isEqualTo("Loft, Main Street 1, Berlin");
        assertThat(event.getDateStart().getValue()).isEqualTo(Date.from(START));
        assertThat(event.getDateEnd().getValue()).isEqualTo(Date.from(START.plus(Duration.ofHours(2))));
        assertThat(event.getSequence().getValue()).isEqualTo(3);
        assertThat(event.getStatus().isConfirmed()).isTrue();
        VAlarm alarm = event.getAlarms().get(0);
        assertThat(alarm.getAction().isDisplay()).isTrue();
        assertThat(alarm.getTrigger().getDuration().toMillis()).isEqualTo(-Duration.ofHours(1).toMillis());
    }

    @Test
    void anEventAtAVenueIsInTheVenuesZoneWithItsDefinitionAndKeepsItsInstant() {
        String ics = writer.write("Feed", List.of(meetup(false, MADRID), meetup(false, MADRID)));

        ICalendar calendar = Biweekly.parse(ics).first();
        VEvent event = calendar.getEvents().get(0);
        assertThat(ics).contains("DTSTART;TZID=Europe/Madrid:20300501T200000\r\n")
                .contains("DTEND;TZID=Europe/Madrid:20300501T220000\r\n");
        assertThat(event.getDateStart().getValue()).isEqualTo(Date.from(START));
        assertThat(event.getDateEnd().getValue()).isEqualTo(Date.from(START.plus(Duration.ofHours(2))));
        assertThat(calendar.getTimezoneInfo().getTimezone(event.getDateStart()).getComponent().getTimezoneId()
                .getValue()).isEqualTo("Europe/Madrid");
        assertThat(calendar.getTimezoneInfo().getComponents()).hasSize(1);
        assertThat(event.getAlarms().get(0).getTrigger().getDuration().toMillis())
                .isEqualTo(-Duration.ofHours(1).toMillis());
        assertThat(calendar.validate(ICalVersion.V2_0).getWarnings()).isEmpty();
    }

    @Test
    void theInstantSurvivesInEveryZoneAcrossDaylightSavingChanges() {
        for (String zone : List.of("America/New_York", "Asia/Kolkata", "Australia/Sydney", "Europe/London",
                "America/St_Johns")) {
            for (Instant start : List.of(Instant.parse("2030-03-31T00:30:00Z"), Instant.parse("2030-10-27T01:30:00Z"),
                    Instant.parse("2030-07-01T18:00:00Z"))) {
                CalendarEntry entry = new CalendarEntry(UUID.randomUUID(), "Meetup", "", start,
                        start.plus(Duration.ofHours(2)), ZoneId.of(zone), Optional.empty(), false, 0, UPDATED,
                        Optional.empty());

                VEvent event = Biweekly.parse(writer.write("Feed", List.of(entry))).first().getEvents().get(0);

                assertThat(event.getDateStart().getValue()).as(zone + " " + start).isEqualTo(Date.from(start));
            }
        }
    }

    @Test
    void aStartInTheHourThatRepeatsWhenClocksGoBackIsWrittenInUtcToKeepItsInstant() {
        Instant secondOneThirty = Instant.parse("2030-10-27T01:30:00Z");
        CalendarEntry entry = new CalendarEntry(UUID.randomUUID(), "Late", "", secondOneThirty,
                secondOneThirty.plus(Duration.ofHours(2)), ZoneId.of("Europe/London"), Optional.empty(), false, 0,
                UPDATED, Optional.empty());

        String ics = writer.write("Feed", List.of(entry));

        assertThat(ics).contains("DTSTART:20301027T013000Z\r\n", "DTEND;TZID=Europe/London:20301027T033000\r\n");
    }

    @Test
    void zoneDefinitionsComeWithTheLibraryNotFromTheNetwork() {
        assertThat(Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled")).contains("false");
    }

    @Test
    void aCancelledEventSaysSoAndHasNoAlarm() {
        VEvent event = Biweekly.parse(writer.write("Feed", List.of(meetup(true)))).first().getEvents().get(0);

        assertThat(event.getStatus().isCancelled()).isTrue();
        assertThat(event.getAlarms()).isEmpty();
    }

    @Test
    void linesEndInCrLfAndAreFoldedAtSeventyFiveOctets() {
        String ics = writer.write("Feed", List.of(meetup(false), meetup(false)));

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(Biweekly.parse(ics).first().getEvents()).hasSize(2);
    }

    @Test
    void theCalendarPassesTheParsersValidation() {
        ICalendar calendar = Biweekly.parse(writer.write("Feed", List.of(meetup(false), meetup(true)))).first();

        assertThat(calendar.validate(ICalVersion.V2_0).getWarnings()).isEmpty();
    }

    @Test
    void anEmptyFeedIsStillACalendar() {
        ICalendar calendar = Biweekly.parse(writer.write("Feed", List.of())).first();

        assertThat(calendar).isNotNull();
        assertThat(calendar.getEvents()).isEmpty();
    }
}
