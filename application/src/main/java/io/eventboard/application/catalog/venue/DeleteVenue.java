package io.eventboard.application.catalog.venue;

import io.eventboard.application.catalog.CatalogEditor;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.user.Actor;
import io.eventboard.domain.venue.Venue;
import io.eventboard.domain.venue.VenueId;
import io.eventboard.domain.venue.VenueRefusals;
import io.eventboard.domain.venue.Venues;
import java.util.Objects;

/** An admin deletes a venue no event takes place at. */
public final class DeleteVenue {

    public record Command(Actor actor, VenueId venue) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(venue, "venue");
        }
    }

    private final CatalogEditor<Venue, VenueId> editor;

    public DeleteVenue(Transactions transactions, Venues venues) {
        this.editor = new CatalogEditor<>(transactions, venues, VenueRefusals.ALL);
    }

    /** The deleted venue as it was. */
    public Result<Venue> delete(Command command) {
        return editor.delete(command.actor(), command.venue());
    }
}
