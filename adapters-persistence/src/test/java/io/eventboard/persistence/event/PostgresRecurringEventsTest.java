package io.eventboard.persistence.event;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static io.eventboard.domain.testdata.EventBuilder.hours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.application.event.query.EventCatalog;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.series.EventSeries;
import io.eventboard.domain.series.Recurrence;
import io.eventboard.domain.series.Recurrence.Frequency;
import io.eventboard.domain.series.Recurrence.Until;
import io.eventboard.domain.series.RecurringEvents;
import io.eventboard.domain.series.SeriesId;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.DatabaseTest;
import io.eventboard.persistence.Given;
import io.eventboard.persistence.testing.DirectSql;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresRecurringEventsTest extends DatabaseTest {

    @Inject
    RecurringEvents recurring;
    @Inject
    EventCatalog catalog;
    @Inject
    Transactions transactions;
    @Inject
    Given given;

    private EventSeries series(Recurrence recurrence, UserId organizer) {
        return new EventSeries(new SeriesId(UUID.randomUUID()), recurrence, organizer, TestTime.NOW);
    }

    private EventSeries stored(Recurrence recurrence, Event... occurrences) {
        EventSeries series = series(recurrence, occurrences[0].organizer());
        transactions.inTransaction(() -> {
            recurring.add(series, List.of(occurrences).stream().map(Event::id).toList());
            return null;
        });
        return series;
    }

    @Test
    void aSeriesReadsBackWithEachKindOfEnd() {
        Event event = given.event(anEvent());
        List<Recurrence> recurrences = List.of(new Recurrence(Frequency.WEEKLY, 2, null, 5),
                new Recurrence(Frequency.DAILY, 1, new Until.OnDate(LocalDate.of(2030, 1, 31)), null),
                new Recurrence(Frequency.DAILY, 3, new Until.AtInstant(Instant.parse("2030-01-31T18:00:00Z")), null));

        for (Recurrence recurrence : recurrences) {
            Event occurrence = given.event(anEvent().organizedBy(event.organizer()));
            EventSeries series = stored(recurrence, occurrence);

            assertThat(recurring.findById(series.id())).contains(series);
        }
        assertThat(recurring.findById(new SeriesId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void occurrencesComeBySoonestStartAndTheirViewsNameTheSeries() {
        Event later = given.event(anEvent().startingIn(hours(48)));
        Event sooner = given.event(anEvent().startingIn(hours(24)).organizedBy(later.organizer()));
        Event alone = given.event(anEvent().organizedBy(later.organizer()));

        EventSeries series = stored(new Recurrence(Frequency.DAILY, 1, null, 2), later, sooner);

        assertThat(recurring.occurrences(series.id())).containsExactly(sooner, later);
        assertThat(catalog.find(sooner.id()).orElseThrow().seriesId()).isEqualTo(series.id().value());
        assertThat(catalog.find(alone.id()).orElseThrow().seriesId()).isNull();
    }

    @Test
    void aSeriesNamingAnEventThatIsNotStoredIsRefusedWhole() {
        Event event = given.event(anEvent());
        EventSeries series = series(new Recurrence(Frequency.DAILY, 1, null, 2), event.organizer());

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            recurring.add(series, List.of(event.id(), new EventId(UUID.randomUUID())));
            return null;
        })).isInstanceOf(IllegalStateException.class);
        assertThat(recurring.findById(series.id())).isEmpty();
    }

    @Test
    void theSchemaRefusesASeriesWithTwoEndsOrNone() {
        UserId organizer = given.user("series-" + UUID.randomUUID());
        String insert = "INSERT INTO event_series (id, frequency, interval, until_date, count, organizer_id, "
                + "created_at) VALUES (?, 'DAILY', 1, ?, ?, ?, now())";

        assertThatThrownBy(() -> DirectSql.execute(insert, UUID.randomUUID(), LocalDate.of(2030, 1, 1), 3,
                organizer.value())).hasMessageContaining("event_series_one_end");
        assertThatThrownBy(() -> DirectSql.execute(insert, UUID.randomUUID(), null, null, organizer.value()))
                .hasMessageContaining("event_series_one_end");
    }
}
