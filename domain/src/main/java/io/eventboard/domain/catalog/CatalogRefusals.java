package io.eventboard.domain.catalog;

import io.eventboard.domain.common.Rejection;
import java.util.Objects;

/**
 * The refusals every kind of catalog entry shares, each with the stable code of its kind ({@code tag.not-found},
 * {@code venue.in-use}, ...); see {@code TagRefusals}, {@code VenueRefusals} and {@code ChannelRefusals}.
 */
public record CatalogRefusals(Rejection notFound, Rejection duplicate, Rejection inUse) {

    /** Only admins keep tags, venues and channels. */
    public static final Rejection ADMINS_ONLY = Rejection.forbidden("catalog.admins-only",
            "Only an admin may create, change or delete tags, venues and channels.");

    public CatalogRefusals {
        Objects.requireNonNull(notFound, "notFound");
        Objects.requireNonNull(duplicate, "duplicate");
        Objects.requireNonNull(inUse, "inUse");
    }
}
