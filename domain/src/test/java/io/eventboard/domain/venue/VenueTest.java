package io.eventboard.domain.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.domain.common.FieldError;
import io.eventboard.domain.common.InvalidInput;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VenueTest {

    private final VenueId id = new VenueId(UUID.randomUUID());

    @Test
    void aVenueHasANameAndACityAndMayHaveAnAddress() {
        assertThat(new Venue(id, "Hall A", "Berlin", null).address()).isNull();
        assertThat(new Venue(id, "n".repeat(200), "c".repeat(100), "a".repeat(300)).name()).hasSize(200);
    }

    @Test
    void aVenueIsInUtcUnlessGivenAnIanaZone() {
        assertThat(new Venue(id, "Hall A", "Berlin", null).timeZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(new Venue(id, "Sala", "Madrid", null, ZoneId.of("Europe/Madrid")).timeZone().getId())
                .isEqualTo("Europe/Madrid");
    }

    @Test
    void aBareOffsetIsNoTimeZoneOfAVenue() {
        for (ZoneId offset : List.of(ZoneOffset.ofHours(2), ZoneId.of("GMT+2"), ZoneId.of("UTC+01:00"))) {
            assertThatThrownBy(() -> new Venue(id, "Sala", "Madrid", null, offset))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field).containsExactly("timeZone"));
        }
        assertThatThrownBy(() -> new Venue(id, "Sala", "Madrid", null, null)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void everyBrokenFieldIsNamed() {
        assertThatThrownBy(() -> new Venue(id, " ", "c".repeat(101), "a".repeat(301)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("name", "city", "address"));
        assertThatThrownBy(() -> new Venue(null, "n", "c", null)).isInstanceOf(NullPointerException.class);
    }
}
