package io.eventboard.rest.event;

import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.common.Validation;
import io.eventboard.domain.series.Recurrence;
import io.eventboard.domain.series.Recurrence.Frequency;
import io.eventboard.domain.series.Recurrence.Until;
import io.eventboard.rest.event.SeriesRequest.RecurrenceRequest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Turns the recurrence of a request into the domain's; wire values are lower-case, until a date or an instant. */
final class SeriesRequests {

    private SeriesRequests() {
    }

    static Recurrence recurrence(RecurrenceRequest request) {
        new Validation().requirePresent(request, "recurrence").check();
        return new Recurrence(frequency(request.frequency()), request.interval() == null ? 1 : request.interval(),
                until(request.until()), request.count());
    }

    private static Frequency frequency(String wire) {
        new Validation()
                .requirePresent(wire, "recurrence.frequency")
                .require(wire == null || wire.equals("daily") || wire.equals("weekly"), "recurrence.frequency",
                        "must be daily or weekly")
                .check();
        return Frequency.valueOf(wire.toUpperCase(Locale.ROOT));
    }

    private static Until until(String wire) {
        if (wire == null) {
            return null;
        }
        try {
            return wire.length() == 10 ? new Until.OnDate(LocalDate.parse(wire))
                    : new Until.AtInstant(OffsetDateTime.parse(wire).toInstant());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("recurrence.until", "must be a date (2030-06-30) or an instant "
                    + "(2030-06-30T18:00:00Z)");
        }
    }
}
