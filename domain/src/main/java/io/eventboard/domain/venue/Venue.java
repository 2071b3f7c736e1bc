package io.eventboard.domain.venue;

import io.eventboard.domain.common.Validation;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Where an event takes place; {@code city} is what the seeds call "location". Its events' times are read in
 * {@code timeZone}, an IANA region (see {@link TimeZones}).
 */
public record Venue(VenueId id, String name, String city, String address, ZoneId timeZone) {

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
                .require(timeZone != null && TimeZones.isRegion(timeZone.getId()), "timeZone", TimeZones.RULE)
                .check();
    }

    /** A venue in UTC, for sources that know no zone (provider feeds). */
    public Venue(VenueId id, String name, String city, String address) {
        this(id, name, city, address, TimeZones.UTC);
    }
}
