package io.eventboard.domain.venue;

import io.eventboard.domain.catalog.CatalogRefusals;
import io.eventboard.domain.common.Rejection;

/** The stable codes of every refusal about venues. */
public final class VenueRefusals {

    public static final Rejection NOT_FOUND = Rejection.notFound("venue.not-found", "No such venue.");
    public static final Rejection DUPLICATE = Rejection.conflict("venue.duplicate",
            "A venue of that name exists already in that city (names and cities ignore case).");
    public static final Rejection IN_USE = Rejection.conflict("venue.in-use",
            "Events still take place at the venue; move or delete them first.");
    public static final CatalogRefusals ALL = new CatalogRefusals(NOT_FOUND, DUPLICATE, IN_USE);

    private VenueRefusals() {
    }
}
