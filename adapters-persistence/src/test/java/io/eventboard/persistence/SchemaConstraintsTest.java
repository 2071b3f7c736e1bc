package io.eventboard.persistence;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.testing.DirectSql;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The rules the schema enforces by itself, whatever code writes the rows. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchemaConstraintsTest extends DatabaseTest {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String CHECK_VIOLATION = "23514";

    @Inject
    Given given;

    @Test
    void flywayAppliedEveryMigration() throws Exception {
        long migrations;
        try (Stream<Path> files = Files.list(Path.of(getClass().getResource("/db/migration").toURI()))) {
            migrations = files.filter(file -> file.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
        assertThat(migrations).isGreaterThanOrEqualTo(5);
        assertThat(DirectSql.number("SELECT count(*) FROM flyway_schema_history WHERE success")).isEqualTo(migrations);
    }

    @Test
    void onlyCompletedEventsCarryRatings() {
        given.event(anEvent().inStatus(EventStatus.COMPLETED).ratedBy(2, 9));

        assertThatThrownBy(() -> given.event(anEvent().inStatus(EventStatus.SCHEDULED).ratedBy(1, 4)))
                .hasMessageContaining("events_rated_only_when_completed");
    }

    @Test
    void theAverageRatingIsAStoredColumnThatIsZeroWhenUnrated() {
        Event rated = given.event(anEvent().inStatus(EventStatus.COMPLETED).ratedBy(3, 11));
        Event unrated = given.event(anEvent());

        assertThat(DirectSql.text("SELECT rating_avg::text FROM events WHERE id = ?", rated.id().value()))
                .isEqualTo(String.valueOf(11.0 / 3));
        assertThat(DirectSql.number("SELECT rating_avg FROM events WHERE id = ?", unrated.id().value())).isZero();
    }

    @Test
    void titleSearchHasATrigramIndexWhereTheExtensionExists() {
        long available = DirectSql.number("SELECT count(*) FROM pg_available_extensions WHERE name = 'pg_trgm'");
        long indexes = DirectSql.number("SELECT count(*) FROM pg_indexes WHERE indexname = 'event_titles_trgm_idx'");
        assertThat(indexes).isEqualTo(available);
    }

    @Test
    void theSearchableTitleFollowsEveryInsertAndTitleChangeOfAnEvent() throws SQLException {
        Event event = given.event(anEvent().titled("Kotlin Coroutines"));
        assertThat(searchableTitle(event)).isEqualTo("kotlin coroutines");

        DirectSql.execute("UPDATE events SET title = 'Rust in Berlin' WHERE id = ?", event.id().value());
        assertThat(searchableTitle(event)).isEqualTo("rust in berlin");

        DirectSql.execute("DELETE FROM events WHERE id = ?", event.id().value());
        assertThat(DirectSql.number("SELECT count(*) FROM event_titles WHERE event_id = ?", event.id().value()))
                .isZero();
    }

    @Test
    void anUpdateThatKeepsTheTitleLeavesTheSearchableCopyAlone() throws SQLException {
        Event event = given.event(anEvent().titled("Kotlin"));
        DirectSql.execute("UPDATE event_titles SET title = 'marker' WHERE event_id = ?", event.id().value());

        DirectSql.execute("UPDATE events SET seats_booked = 1, title = 'Kotlin' WHERE id = ?", event.id().value());

        assertThat(searchableTitle(event)).isEqualTo("marker");
    }

    private static String searchableTitle(Event event) {
        return DirectSql.text("SELECT title FROM event_titles WHERE event_id = ?", event.id().value());
    }

    @Test
    void aSecondActiveBookingOfOneUserForOneEventIsRefused() throws SQLException {
        Event event = given.event(anEvent());
        UserId user = given.user("bob");
        insertBooking(event, user, "ACTIVE");

        assertThatThrownBy(() -> insertBooking(event, user, "ACTIVE"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("bookings_one_active_per_user")
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo(UNIQUE_VIOLATION));
    }

    @Test
    void cancelledBookingsDoNotBlockANewActiveOne() throws SQLException {
        Event event = given.event(anEvent());
        UserId user = given.user("bob");
        insertBooking(event, user, "CANCELLED");
        insertBooking(event, user, "CANCELLED");
        insertBooking(event, user, "ACTIVE");

        assertThat(DirectSql.number("SELECT count(*) FROM bookings WHERE event_id = ?", event.id().value()))
                .isEqualTo(3);
    }

    @Test
    void seatsBookedCannotExceedCapacity() {
        Event event = given.event(anEvent().withCapacity(2));

        assertViolates(CHECK_VIOLATION, "events_seats_within_capacity",
                () -> DirectSql.execute("UPDATE events SET seats_booked = 3 WHERE id = ?", event.id().value()));
        assertViolates(CHECK_VIOLATION, "events_seats_within_capacity",
                () -> DirectSql.execute("UPDATE events SET seats_booked = -1 WHERE id = ?", event.id().value()));
    }

    @Test
    void capacityStaysWithinItsBounds() {
        Event event = given.event(anEvent());

        assertViolates(CHECK_VIOLATION, "events_capacity_check",
                () -> DirectSql.execute("UPDATE events SET capacity = 100001 WHERE id = ?", event.id().value()));
    }

    @Test
    void anEventEndsAfterItStarts() {
        Event event = given.event(anEvent());

        assertViolates(CHECK_VIOLATION, "events_ends_after_start",
                () -> DirectSql.execute("UPDATE events SET ends_at = starts_at WHERE id = ?", event.id().value()));
    }

    @Test
    void onlyKnownStatusesAreStored() {
        Event event = given.event(anEvent());

        assertViolates(CHECK_VIOLATION, "events_status_check",
                () -> DirectSql.execute("UPDATE events SET status = 'scheduled' WHERE id = ?", event.id().value()));
    }

    @Test
    void scoresRunFromOneToFive() {
        Event event = given.event(anEvent());
        UserId user = given.user("bob");

        assertViolates(CHECK_VIOLATION, "ratings_score_check", () -> DirectSql.execute("""
                INSERT INTO ratings (event_id, user_id, score, created_at, updated_at) VALUES (?, ?, 6, ?, ?)
                """, event.id().value(), user.value(), TestTime.NOW, TestTime.NOW));
    }

    @Test
    void usernamesAndEmailsAreUniqueRegardlessOfCase() throws SQLException {
        insertUser("Alice", "alice@example.org");

        assertViolates(UNIQUE_VIOLATION, "users_username_key", () -> insertUser("ALICE", "other@example.org"));
        assertViolates(UNIQUE_VIOLATION, "users_email_key", () -> insertUser("alice2", "Alice@Example.org"));
    }

    @Test
    void aRefreshTokenIsStoredOnlyAsA64CharacterHexHash() {
        UserId user = given.user("bob");

        for (String notAHash : new String[] {"a-raw-token", "A".repeat(64), "a".repeat(63), "a".repeat(65)}) {
            assertViolates(CHECK_VIOLATION, "refresh_tokens_token_hash_check", () -> DirectSql.execute("""
                    INSERT INTO refresh_tokens (token_hash, user_id, issued_at, expires_at) VALUES (?, ?, ?, ?)
                    """, notAHash, user.value(), TestTime.NOW, TestTime.NOW.plusSeconds(60)));
        }
    }

    @Test
    void aLeaseExistsOnlyWhileSending() {
        assertViolates(CHECK_VIOLATION, "notifications_lease_only_while_sending", () -> DirectSql.execute("""
                INSERT INTO notifications (id, channel, kind, body, priority, dedupe_key, status, created_at,
                                           next_attempt_at, updated_at, claimed_by)
                VALUES (?, 'LOG', 'CUSTOM', 'hi', 0, 'k', 'QUEUED', ?, ?, ?, 'worker-1')
                """, UUID.randomUUID(), TestTime.NOW, TestTime.NOW, TestTime.NOW));
    }

    private static void insertBooking(Event event, UserId user, String status) throws SQLException {
        DirectSql.execute("""
                INSERT INTO bookings (id, event_id, user_id, status, created_at, cancelled_at)
                VALUES (?, ?, ?, ?, ?, CASE WHEN ? = 'CANCELLED' THEN ?::timestamptz END)
                """, UUID.randomUUID(), event.id().value(), user.value(), status, TestTime.NOW, status, TestTime.NOW);
    }

    private static void insertUser(String username, String email) throws SQLException {
        DirectSql.execute("""
                INSERT INTO users (id, username, email, password_hash, role, created_at)
                VALUES (?, ?, ?, 'hash', 'USER', ?)
                """, UUID.randomUUID(), username, email, TestTime.NOW);
    }

    private interface Statement {
        void run() throws SQLException;
    }

    private static void assertViolates(String sqlState, String constraint, Statement statement) {
        assertThatThrownBy(statement::run)
                .isInstanceOf(SQLException.class)
                .hasMessageContaining(constraint)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo(sqlState));
    }
}
