package io.eventboard.application.catalog.venue;

import io.eventboard.application.catalog.CatalogEditor;
import io.eventboard.domain.common.Ids;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.common.Validation;
import io.eventboard.domain.user.Actor;
import io.eventboard.domain.venue.TimeZones;
import io.eventboard.domain.venue.Venue;
import io.eventboard.domain.venue.VenueId;
import io.eventboard.domain.venue.VenueRefusals;
import io.eventboard.domain.venue.Venues;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;

/** An admin adds a venue; no other venue in the city may have its name, ignoring case. */
public final class CreateVenue {

    /**
     * Texts are kept without surrounding blanks; a blank address is no address. {@code timeZone} is an IANA
     * region such as {@code Europe/Madrid}; without one the venue is in UTC.
     */
    public record Command(Actor actor, String name, String city, String address, String timeZone) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            name = VenueTexts.strip(name);
            city = VenueTexts.strip(city);
            address = VenueTexts.blankToNull(VenueTexts.strip(address));
            timeZone = timeZone == null ? TimeZones.UTC.getId() : timeZone;
            new Validation()
                    .requireText(name, "name", Venue.MAX_NAME)
                    .requireText(city, "city", Venue.MAX_CITY)
                    .require(address == null || address.length() <= Venue.MAX_ADDRESS, "address",
                            "must be at most " + Venue.MAX_ADDRESS + " characters")
                    .require(TimeZones.isRegion(timeZone), "timeZone", TimeZones.RULE)
                    .check();
        }
    }

    private final CatalogEditor<Venue, VenueId> editor;
    private final Clock clock;

    public CreateVenue(Transactions transactions, Venues venues, Clock clock) {
        this.editor = new CatalogEditor<>(transactions, venues, VenueRefusals.ALL);
        this.clock = clock;
    }

    public Result<Venue> create(Command command) {
        Venue venue = new Venue(new VenueId(Ids.timeOrdered(clock.instant())), command.name(), command.city(),
                command.address(), ZoneId.of(command.timeZone()));
        return editor.create(command.actor(), venue);
    }
}
