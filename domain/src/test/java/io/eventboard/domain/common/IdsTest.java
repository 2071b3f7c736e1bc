package io.eventboard.domain.common;

import static io.eventboard.domain.testdata.TestTime.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IdsTest {

    /** Instants from the year 2000 to about 2100, by the millisecond. */
    private static final long Y2000 = Instant.parse("2000-01-01T00:00:00Z").toEpochMilli();
    private static final long Y2100 = Instant.parse("2100-01-01T00:00:00Z").toEpochMilli();

    @Test
    void aTimeOrderedIdIsAVersion7UuidOfTheIetfVariant() {
        qt().forAll(longs().between(Y2000, Y2100)).checkAssert(millis -> {
            UUID id = Ids.timeOrdered(Instant.ofEpochMilli(millis));

            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
            assertThat(id.getMostSignificantBits() >>> 16).as("the millisecond it was made").isEqualTo(millis);
        });
    }

    @Test
    void idsMadeLaterSortAfterIdsMadeEarlier() {
        qt().forAll(longs().between(Y2000, Y2100), longs().between(1, 10L * 365 * 24 * 3600 * 1000))
                .checkAssert((millis, later) -> {
                    UUID earlier = Ids.timeOrdered(Instant.ofEpochMilli(millis));
                    UUID afterwards = Ids.timeOrdered(Instant.ofEpochMilli(millis + later));

                    assertThat(earlier).isLessThan(afterwards);
                    assertThat(earlier.toString()).isLessThan(afterwards.toString());
                });
    }

    @Test
    void idsMadeInTheSameMillisecondStillDiffer() {
        Set<UUID> ids = new HashSet<>();
        IntStream.range(0, 1_000).forEach(i -> ids.add(Ids.timeOrdered(NOW)));

        assertThat(ids).hasSize(1_000);
    }

    @Test
    void idsMadeInTheSameMillisecondSortInTheOrderTheyWereMade() {
        qt().forAll(longs().between(Y2000, Y2100)).checkAssert(millis -> {
            Instant now = Instant.ofEpochMilli(millis);
            List<UUID> ids = IntStream.range(0, 1_000).mapToObj(i -> Ids.timeOrdered(now)).toList();

            assertThat(ids).isSorted().doesNotHaveDuplicates();
            assertThat(ids.stream().map(UUID::toString).toList()).isSorted();
            assertThat(ids).allSatisfy(id -> {
                assertThat(id.version()).isEqualTo(7);
                assertThat(id.variant()).isEqualTo(2);
                assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(millis);
            });
        });
    }
}
