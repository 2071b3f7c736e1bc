package io.eventboard.application.catalog.venue;

import io.eventboard.application.catalog.CatalogEditor;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.common.Validation;
import io.eventboard.domain.user.Actor;
import io.eventboard.domain.venue.TimeZones;
import io.eventboard.domain.venue.Venue;
import io.eventboard.domain.venue.VenueId;
import io.eventboard.domain.venue.VenueRefusals;
import io.eventboard.domain.venue.Venues;
import java.time.ZoneId;
import java.util.Objects;

/** An admin changes some fields of a venue; the name must stay unique in the city, ignoring case. */
public final class ChangeVenue {

    /**
     * A null field stays as it is. Texts are kept without surrounding blanks; a blank address removes the
     * address. {@code timeZone} is an IANA region such as {@code Europe/Madrid}.
     */
    public record Command(Actor actor, VenueId venue, String name, String city, String address, String timeZone) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(venue, "venue");
            name = VenueTexts.strip(name);
            city = VenueTexts.strip(city);
            address = VenueTexts.strip(address);
            Validation validation = new Validation();
            if (name != null) {
                validation.requireText(name, "name", Venue.MAX_NAME);
            }
            if (city != null) {
                validation.requireText(city, "city", Venue.MAX_CITY);
            }
            validation.require(address == null || address.length() <= Venue.MAX_ADDRESS, "address",
                            "must be at most " + Venue.MAX_ADDRESS + " characters")
                    .require(timeZone == null || TimeZones.isRegion(timeZone), "timeZone", TimeZones.RULE)
                    .check();
        }

        Venue applyTo(Venue current) {
            return new Venue(current.id(),
                    name != null ? name : current.name(),
                    city != null ? city : current.city(),
                    address != null ? VenueTexts.blankToNull(address) : current.address(),
                    timeZone != null ? ZoneId.of(timeZone) : current.timeZone());
        }
    }

    private final CatalogEditor<Venue, VenueId> editor;

    public ChangeVenue(Transactions transactions, Venues venues) {
        this.editor = new CatalogEditor<>(transactions, venues, VenueRefusals.ALL);
    }

    public Result<Venue> change(Command command) {
        return editor.change(command.actor(), command.venue(), command::applyTo);
    }
}
