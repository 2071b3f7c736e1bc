package io.eventboard.domain.venue;

import io.eventboard.domain.common.Validation;
import java.util.Objects;

/** Where an event takes place; {@code city} is what the seeds call "location". */
public record Venue(VenueId id, String name, String city, String address) {

    public Venue {
        Objects.requireNonNull(id, "id");
        new Validation()
                .requireText(name, "name", 200)
                .requireText(city, "city", 100)
                .require(address == null || address.length() <= 300, "address", "must be at most 300 characters")
                .check();
    }
}
