package io.eventboard.domain.venue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

/**
 * The time zones of venues: IANA region ids only ({@code Europe/Madrid}), never a bare offset ({@code +02:00},
 * {@code GMT+2}), because an offset cannot follow daylight saving time and events are planned in wall-clock time.
 * Times are stored as UTC instants; people read them in their venue's zone.
 */
public final class TimeZones {

    /** The zone of an event without a venue, and of a venue nobody gave a zone. */
    public static final ZoneId UTC = ZoneId.of("UTC");
    public static final String RULE = "must be an IANA time zone such as Europe/Madrid or UTC";

    // ZoneId.getAvailableZoneIds() copies the whole set on every call.
    private static final Set<String> REGIONS = Set.copyOf(ZoneId.getAvailableZoneIds());
    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private TimeZones() {
    }

    /** True for a region of the IANA time zone database; false for offsets, abbreviations and unknown names. */
    public static boolean isRegion(String id) {
        return id != null && REGIONS.contains(id);
    }

    /** The instant as a clock in the zone shows it, with the zone's offset at that instant. */
    public static OffsetDateTime local(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime();
    }

    /**
     * The instant for people in the zone, such as {@code 2030-05-01 20:00 Europe/Madrid (UTC+02:00)}; the offset
     * is left out for zones that are always UTC ({@code 2030-05-01 18:00 UTC}).
     */
    public static String describe(Instant instant, ZoneId zone) {
        OffsetDateTime local = local(instant, zone);
        String wallClock = READABLE.format(local) + " " + zone.getId();
        if (zone.normalized().equals(ZoneOffset.UTC)) {
            return wallClock;
        }
        ZoneOffset offset = local.getOffset();
        return wallClock + " (UTC" + (offset.equals(ZoneOffset.UTC) ? "" : offset.getId()) + ")";
    }
}
