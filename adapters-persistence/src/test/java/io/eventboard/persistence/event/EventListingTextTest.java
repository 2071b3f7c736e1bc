package io.eventboard.persistence.event;

import static io.eventboard.persistence.event.Filter.filter;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.application.event.query.EventCatalog;
import io.eventboard.application.event.query.EventQuery;
import io.eventboard.application.event.query.EventSort;
import io.eventboard.application.event.query.EventView;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.DatabaseTest;
import io.eventboard.persistence.Given;
import io.eventboard.persistence.testing.DirectSql;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Title search on both of its paths: a text in more titles than {@link EventListing#RARE_TEXT} is checked while the
 * listing walks its order, a rarer one is read from the trigram index first. Both must find the same events.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventListingTextTest extends DatabaseTest {

    private static final int COMMON = EventListing.RARE_TEXT + 5;

    @Inject
    EventCatalog catalog;
    @Inject
    Given given;

    @BeforeEach
    void manyKotlinNightsAndAFewJavaDays() throws SQLException {
        UserId organizer = given.user("organizer");
        DirectSql.execute("INSERT INTO events (id, title, starts_at, capacity, status, organizer_id, created_at, "
                + "updated_at) SELECT gen_random_uuid(), CASE WHEN i <= ? THEN 'Kotlin Night ' ELSE 'Java Day ' END "
                + "|| i, ?::timestamptz + i * interval '1 hour', 10, 'SCHEDULED', ?, ?::timestamptz, ?::timestamptz "
                + "FROM generate_series(1, ?) i", COMMON, TestTime.NOW, organizer.value(), TestTime.NOW, TestTime.NOW,
                COMMON + 3);
        DirectSql.execute("ANALYZE event_titles");
    }

    @Test
    void aCommonTextFindsEveryMatchInOrderAndCountsThem() {
        Page<EventView> page = catalog.search(query("KOTLIN"), 100_000);

        assertThat(page.items()).extracting(EventView::title)
                .containsExactly("Kotlin Night 1", "Kotlin Night 2", "Kotlin Night 3");
        assertThat(page.total()).isEqualTo(COMMON);
    }

    @Test
    void aRareTextFindsEveryMatchInOrderAndCountsThem() {
        Page<EventView> page = catalog.search(query("java"), 100_000);

        assertThat(page.items()).extracting(EventView::title)
                .containsExactly("Java Day " + (COMMON + 1), "Java Day " + (COMMON + 2), "Java Day " + (COMMON + 3));
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void aTextInNoTitleFindsNothing() {
        assertThat(catalog.search(query("scala"), 100_000).total()).isZero();
    }

    private static EventQuery query(String text) {
        return new EventQuery(filter().text(text).build(), EventSort.DEFAULT, new PageRequest(1, 3), null);
    }
}
