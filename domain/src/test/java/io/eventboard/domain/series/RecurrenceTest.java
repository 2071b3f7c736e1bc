package io.eventboard.domain.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.eventboard.domain.common.FieldError;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.event.EventDetails;
import io.eventboard.domain.series.Recurrence.Frequency;
import io.eventboard.domain.series.Recurrence.Until;
import io.eventboard.domain.user.Actor;
import io.eventboard.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static List<String> fieldsRefusing(Runnable action) {
        return catchThrowableOfType(InvalidInput.class, action::run).errors().stream()
                .map(FieldError::field).toList();
    }

    @Test
    void a_weekly_evening_stays_at_the_same_local_time_across_the_change_to_summer_time() {
        Instant first = Instant.parse("2030-03-28T17:00:00Z");

        List<Instant> starts = new Recurrence(Frequency.WEEKLY, 1, null, 2).starts(first, BERLIN);

        assertThat(starts).containsExactly(first, Instant.parse("2030-04-04T16:00:00Z"));
    }

    @Test
    void a_local_time_inside_the_daylight_saving_gap_moves_forward_by_the_gap() {
        Instant first = Instant.parse("2030-03-30T01:30:00Z");

        List<Instant> starts = new Recurrence(Frequency.DAILY, 1, null, 2).starts(first, BERLIN);

        assertThat(starts.get(1)).isEqualTo(Instant.parse("2030-03-31T01:30:00Z"));
    }

    @Test
    void occurrences_keep_the_details_and_the_length_of_the_first() {
        Instant start = Instant.parse("2030-05-01T18:00:00Z");
        EventDetails first = new EventDetails("Meetup", "Talks", null, null, Set.of("jvm"), start,
                start.plusSeconds(7200), 20);

        List<EventDetails> occurrences = new Recurrence(Frequency.DAILY, 2, null, 3)
                .occurrences(first, ZoneOffset.UTC);

        assertThat(occurrences).extracting(EventDetails::startsAt).containsExactly(start,
                Instant.parse("2030-05-03T18:00:00Z"), Instant.parse("2030-05-05T18:00:00Z"));
        assertThat(occurrences.get(2).endsAt()).isEqualTo(Instant.parse("2030-05-05T20:00:00Z"));
        assertThat(occurrences).allSatisfy(details -> {
            assertThat(details.title()).isEqualTo("Meetup");
            assertThat(details.capacity()).isEqualTo(20);
            assertThat(details.tags()).containsExactly("jvm");
        });
    }

    @Test
    void occurrences_without_an_end_have_none() {
        EventDetails first = new EventDetails("Meetup", null, null, null, null,
                Instant.parse("2030-05-01T18:00:00Z"), null, 20);

        assertThat(new Recurrence(Frequency.WEEKLY, 1, null, 2).occurrences(first, ZoneOffset.UTC))
                .allSatisfy(details -> assertThat(details.endsAt()).isNull());
    }

    @Test
    void an_end_is_required_and_only_one_of_until_and_count() {
        assertThat(fieldsRefusing(() -> new Recurrence(Frequency.DAILY, 1, null, null)))
                .containsExactly("recurrence.count");
        assertThat(fieldsRefusing(() -> new Recurrence(Frequency.DAILY, 1,
                new Until.OnDate(LocalDate.of(2030, 1, 1)), 3))).containsExactly("recurrence.until");
    }

    @Test
    void frequency_interval_and_count_must_be_in_range() {
        assertThat(fieldsRefusing(() -> new Recurrence(null, 0, null, Recurrence.MAX_OCCURRENCES + 1)))
                .containsExactly("recurrence.frequency", "recurrence.interval", "recurrence.count");
        assertThat(fieldsRefusing(() -> new Recurrence(Frequency.DAILY, Recurrence.MAX_INTERVAL + 1, null, 1)))
                .containsExactly("recurrence.interval");
    }

    @Test
    void an_until_allowing_more_than_the_cap_is_refused() {
        Instant first = Instant.parse("2030-01-01T10:00:00Z");
        Recurrence twoYears = new Recurrence(Frequency.DAILY, 1, new Until.OnDate(LocalDate.of(2031, 12, 31)), null);

        assertThat(fieldsRefusing(() -> twoYears.starts(first, ZoneOffset.UTC))).containsExactly("recurrence.until");
        assertThat(new Recurrence(Frequency.DAILY, 1, new Until.OnDate(LocalDate.of(2031, 1, 1)), null)
                .starts(first, ZoneOffset.UTC)).hasSize(Recurrence.MAX_OCCURRENCES);
    }

    @Test
    void an_until_before_the_first_start_is_refused() {
        Recurrence recurrence = new Recurrence(Frequency.WEEKLY, 1,
                new Until.AtInstant(Instant.parse("2029-12-31T00:00:00Z")), null);

        assertThat(fieldsRefusing(() -> recurrence.starts(Instant.parse("2030-01-01T10:00:00Z"), ZoneOffset.UTC)))
                .containsExactly("recurrence.until");
    }

    @Test
    void the_organizer_and_admins_manage_a_series_and_nobody_else() {
        UserId organizer = new UserId(UUID.randomUUID());
        EventSeries series = new EventSeries(new SeriesId(UUID.randomUUID()),
                new Recurrence(Frequency.DAILY, 1, null, 2), organizer, Instant.EPOCH);

        assertThat(series.isManagedBy(Actor.user(organizer))).isTrue();
        assertThat(series.isManagedBy(Actor.admin(new UserId(UUID.randomUUID())))).isTrue();
        assertThat(series.isManagedBy(Actor.user(new UserId(UUID.randomUUID())))).isFalse();
    }
}
