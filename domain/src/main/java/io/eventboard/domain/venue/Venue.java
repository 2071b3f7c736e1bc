package io.eventboard.domain.venue;

import io.eventboard.domain.common.Validation;
import java.util.Objects;

/** Where an event takes place; {@code city} is what the seeds call "location". */
public record Venue(VenueId id, String name, String city, String address) {

    public static final int MAX_NAME = 200;
    public static final int MAX_CITY = 100;
    public static final int MAX_ADDRESS = 300;

    public Venue {
        Objects.requireNonNull(id, "id");
        new Validation()
                .requireText(name, "name", MAX_NAME)
                .requireText(city, "city", MAX_CITY)
                .require(address == null || address.length() <= MAX_ADDRESS, "address",
                        "must be at most " + MAX_ADDRESS + " characters")
                .check();
    }
}
