package io.eventboard.domain.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class TimeZonesTest {

    private static final List<String> REGIONS = ZoneId.getAvailableZoneIds().stream().sorted().toList();

    private static Gen<ZoneId> regions() {
        return Generate.pick(REGIONS).map(id -> ZoneId.of(id));
    }

    /** Instants from 1900 to 2200, past and future daylight saving rules alike. */
    private static Gen<Instant> instants() {
        return SourceDSL.longs().between(-2_208_988_800L, 7_258_118_400L).map(seconds -> Instant.ofEpochSecond(seconds));
    }

    @Test
    void everyRegionOfTheDatabaseIsAZone() {
        qt().forAll(Generate.pick(REGIONS)).checkAssert(id -> assertThat(TimeZones.isRegion(id)).isTrue());
        assertThat(TimeZones.isRegion("Europe/Madrid")).isTrue();
        assertThat(TimeZones.isRegion(TimeZones.UTC.getId())).isTrue();
    }

    @Test
    void offsetsAbbreviationsAndUnknownNamesAreNoZones() {
        assertThat(List.of("+02:00", "-05:00", "Z", "GMT+2", "UTC+01:00", "CEST", "Europe/Atlantis", "europe/madrid",
                "", " Europe/Madrid")).noneMatch(TimeZones::isRegion);
        assertThat(TimeZones.isRegion(null)).isFalse();
    }

    @Test
    void theLocalTimeTakenBackToUtcIsTheSameInstantInEveryZone() {
        qt().forAll(instants(), regions()).checkAssert((instant, zone) -> {
            assertThat(TimeZones.local(instant, zone).toInstant()).isEqualTo(instant);
            assertThat(TimeZones.local(instant, zone).getOffset()).isEqualTo(zone.getRules().getOffset(instant));
        });
    }

    @Test
    void theLocalTimeFollowsDaylightSavingTime() {
        ZoneId madrid = ZoneId.of("Europe/Madrid");

        assertThat(TimeZones.local(Instant.parse("2030-07-01T18:00:00Z"), madrid))
                .hasToString("2030-07-01T20:00+02:00");
        assertThat(TimeZones.local(Instant.parse("2030-01-15T18:00:00Z"), madrid))
                .hasToString("2030-01-15T19:00+01:00");
    }

    @Test
    void aDescriptionShowsTheWallClockTheZoneAndItsOffset() {
        Instant summer = Instant.parse("2030-07-01T18:00:00Z");

        assertThat(TimeZones.describe(summer, ZoneId.of("Europe/Madrid")))
                .isEqualTo("2030-07-01 20:00 Europe/Madrid (UTC+02:00)");
        assertThat(TimeZones.describe(summer, ZoneId.of("America/St_Johns")))
                .isEqualTo("2030-07-01 15:30 America/St_Johns (UTC-02:30)");
        assertThat(TimeZones.describe(Instant.parse("2030-01-15T18:00:00Z"), ZoneId.of("Europe/London")))
                .isEqualTo("2030-01-15 18:00 Europe/London (UTC)");
        assertThat(TimeZones.describe(summer, TimeZones.UTC)).isEqualTo("2030-07-01 18:00 UTC");
    }
}
