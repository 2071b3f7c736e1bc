package io.eventboard.domain.series;

import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.common.Validation;
import io.eventboard.domain.event.EventChanges;
import io.eventboard.domain.event.EventDetails;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a series repeats: every {@code interval} days or weeks, until a last date or instant (inclusive) or for a
 * number of occurrences. Occurrences keep the wall-clock time of the first one in the series' time zone, so a
 * weekly 18:00 meetup stays at 18:00 across daylight-saving changes.
 */
public record Recurrence(Frequency frequency, int interval, Until until, Integer count) {

    /** More occurrences than a year of daily events is almost surely a mistake, and one transaction's worth. */
    public static final int MAX_OCCURRENCES = 366;
    public static final int MAX_INTERVAL = 52;

    public enum Frequency {
        DAILY(ChronoUnit.DAYS), WEEKLY(ChronoUnit.WEEKS);

        private final ChronoUnit unit;

        Frequency(ChronoUnit unit) {
            this.unit = unit;
        }
    }

    /** The last moment an occurrence may start; an occurrence starting exactly then still belongs. */
    public sealed interface Until {

        boolean admits(ZonedDateTime start);

        /** Up to and including this calendar day in the series' time zone. */
        record OnDate(LocalDate last) implements Until {
            public OnDate {
                Objects.requireNonNull(last, "last");
            }

            @Override
            public boolean admits(ZonedDateTime start) {
                return !start.toLocalDate().isAfter(last);
            }
        }

        /** Up to and including this instant. */
        record AtInstant(Instant last) implements Until {
            public AtInstant {
                Objects.requireNonNull(last, "last");
            }

            @Override
            public boolean admits(ZonedDateTime start) {
                return !start.toInstant().isAfter(last);
            }
        }
    }

    public Recurrence {
        new Validation()
                .requirePresent(frequency, "recurrence.frequency")
                .require(interval >= 1 && interval <= MAX_INTERVAL, "recurrence.interval",
                        "must be between 1 and " + MAX_INTERVAL)
                .require(until == null || count == null, "recurrence.until", "give either until or count, not both")
                .require(until != null || count != null, "recurrence.count", "give either until or count")
                .require(count == null || count >= 1 && count <= MAX_OCCURRENCES, "recurrence.count",
                        "must be between 1 and " + MAX_OCCURRENCES)
                .check();
    }

    /**
     * The start of every occurrence, the first one included, in order. A local time that does not exist on some
     * day (it falls into a daylight-saving gap) moves forward by the length of the gap, as clocks do.
     *
     * @throws InvalidInput when {@code until} lies before the first start or allows too many occurrences
     */
    public List<Instant> starts(Instant first, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(first, zone);
        List<Instant> starts = new ArrayList<>();
        for (long k = 0; count == null || k < count; k++) {
            ZonedDateTime next = ZonedDateTime.ofLocal(local.plus(k * interval, frequency.unit), zone, null);
            if (until != null && !until.admits(next)) {
                break;
            }
            if (starts.size() == MAX_OCCURRENCES) {
                throw InvalidInput.of("recurrence.until", "allows more than " + MAX_OCCURRENCES
                        + " occurrences; choose an earlier end or a count");
            }
            starts.add(next.toInstant());
        }
        if (starts.isEmpty()) {
            throw InvalidInput.of("recurrence.until", "must not lie before startsAt");
        }
        return starts;
    }

    /** The details of every occurrence: those of the first, moved to each start and lasting as long. */
    public List<EventDetails> occurrences(EventDetails first, ZoneId zone) {
        Duration length = first.end().map(end -> Duration.between(first.startsAt(), end)).orElse(null);
        return starts(first.startsAt(), zone).stream()
                .map(start -> first.with(new EventChanges(null, null, null, null, null, start,
                        length == null ? null : start.plus(length), null)))
                .toList();
    }
}
