package io.eventboard.domain.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.eventboard.domain.series.Recurrence.Frequency;
import io.eventboard.domain.series.Recurrence.Until;
import io.eventboard.domain.testdata.TestTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Occurrences come in order, as many as asked and none after the end, each at the first one's wall-clock time
 * in the series' zone and {@code interval} days or weeks after the one before, across daylight-saving changes.
 */
class RecurrencePropertiesTest {

    /** Zones with and without daylight saving, on both hemispheres, and one with a half-hour offset. */
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Europe/Berlin"),
            ZoneId.of("America/New_York"), ZoneId.of("Australia/Sydney"), ZoneId.of("Asia/Kolkata"),
            ZoneId.of("Australia/Lord_Howe"));

    private static Gen<ZoneId> zones() {
        return Generate.pick(ZONES);
    }

    /** First starts within two years of the test's "now", by the minute. */
    private static Gen<Instant> firstStarts() {
        return integers().between(0, 2 * 366 * 24 * 60).map(minutes -> TestTime.NOW.plus(minutes, ChronoUnit.MINUTES));
    }

    private static Gen<Frequency> frequencies() {
        return Generate.enumValues(Frequency.class);
    }

    /** How often: every one to four days or weeks. */
    private record Cadence(Frequency frequency, int interval) {
        long daysApart() {
            return (long) interval * (frequency == Frequency.WEEKLY ? 7 : 1);
        }
    }

    private static Gen<Cadence> cadences() {
        return frequencies().zip(integers().between(1, 4), Cadence::new);
    }

    private static Gen<Integer> counts() {
        return integers().between(1, 60);
    }

    @Test
    void a_count_gives_exactly_that_many_occurrences_strictly_increasing() {
        qt().forAll(firstStarts(), zones(), frequencies(), counts()).checkAssert((first, zone, frequency, count) -> {
            List<Instant> starts = new Recurrence(frequency, 1, null, count).starts(first, zone);

            assertThat(starts).hasSize(count).first().isEqualTo(first);
            assertThat(starts).isSorted().doesNotHaveDuplicates();
        });
    }

    @Test
    void no_occurrence_starts_after_until_and_the_next_one_would() {
        qt().forAll(firstStarts(), zones(), cadences(), integers().between(0, 200 * 24))
                .checkAssert((first, zone, cadence, hoursAfter) -> {
                    Instant last = first.plus(hoursAfter, ChronoUnit.HOURS);
                    Recurrence recurrence = new Recurrence(cadence.frequency(), cadence.interval(),
                            new Until.AtInstant(last), null);

                    List<Instant> starts = recurrence.starts(first, zone);

                    assertThat(starts).allSatisfy(start -> assertThat(start).isBeforeOrEqualTo(last));
                    Instant following = new Recurrence(cadence.frequency(), cadence.interval(), null,
                            starts.size() + 1)
                            .starts(first, zone).get(starts.size());
                    assertThat(following).isAfter(last);
                });
    }

    @Test
    void every_occurrence_keeps_the_local_time_of_day_unless_it_does_not_exist_that_day() {
        qt().forAll(firstStarts(), zones(), cadences(), counts())
                .checkAssert((first, zone, cadence, count) -> {
                    LocalDateTime firstLocal = LocalDateTime.ofInstant(first, zone);

                    List<Instant> starts = new Recurrence(cadence.frequency(), cadence.interval(), null, count)
                            .starts(first, zone);

                    for (Instant start : starts) {
                        LocalDateTime local = LocalDateTime.ofInstant(start, zone);
                        LocalDateTime wanted = local.toLocalDate().atTime(firstLocal.toLocalTime());
                        if (!zone.getRules().getValidOffsets(wanted).isEmpty()) {
                            assertThat(local.toLocalTime()).isEqualTo(firstLocal.toLocalTime());
                        }
                    }
                });
    }

    @Test
    void occurrences_lie_interval_periods_apart_in_local_dates() {
        qt().forAll(firstStarts(), zones(), cadences(), counts())
                .checkAssert((first, zone, cadence, count) -> {
                    List<Instant> starts = new Recurrence(cadence.frequency(), cadence.interval(), null, count)
                            .starts(first, zone);

                    for (int i = 1; i < starts.size(); i++) {
                        LocalDate before = LocalDate.ofInstant(starts.get(i - 1), zone);
                        LocalDate after = LocalDate.ofInstant(starts.get(i), zone);
                        assertThat(ChronoUnit.DAYS.between(before, after)).isEqualTo(cadence.daysApart());
                    }
                });
    }

    @Test
    void an_until_date_includes_occurrences_on_that_local_day() {
        qt().forAll(firstStarts(), zones(), integers().between(1, 4), integers().between(0, 120))
                .checkAssert((first, zone, interval, daysAfter) -> {
                    LocalDate last = ZonedDateTime.ofInstant(first, zone).toLocalDate().plusDays(daysAfter);
                    Recurrence recurrence = new Recurrence(Frequency.DAILY, interval, new Until.OnDate(last), null);

                    List<Instant> starts = recurrence.starts(first, zone);

                    assertThat(starts).hasSize(daysAfter / interval + 1);
                    assertThat(starts).allSatisfy(start ->
                            assertThat(LocalDate.ofInstant(start, zone)).isBeforeOrEqualTo(last));
                });
    }
}
