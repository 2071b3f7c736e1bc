package io.eventboard.domain.series;

import io.eventboard.domain.common.Rejection;

/** The stable codes of every refusal about event series; clients switch on them. */
public final class SeriesRefusals {

    public static final Rejection NOT_FOUND = Rejection.notFound("series.not-found", "No such event series.");
    public static final Rejection NOT_AN_OCCURRENCE = Rejection.notFound("series.not-an-occurrence",
            "The event named in 'from' is not an occurrence of this series.");
    public static final Rejection NOT_ORGANIZER = Rejection.forbidden("series.not-organizer",
            "Only the organizer of the series (or an admin) may change it.");

    private SeriesRefusals() {
    }
}
