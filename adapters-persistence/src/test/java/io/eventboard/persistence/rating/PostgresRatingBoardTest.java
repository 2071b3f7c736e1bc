package io.eventboard.persistence.rating;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static io.eventboard.domain.testdata.EventBuilder.hours;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.application.rating.query.RatingBoard;
import io.eventboard.application.rating.query.RatingView;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.rating.Rating;
import io.eventboard.domain.rating.Ratings;
import io.eventboard.domain.rating.Score;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.DatabaseTest;
import io.eventboard.persistence.Given;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresRatingBoardTest extends DatabaseTest {

    private static final Instant NOW = TestTime.NOW;

    @Inject
    RatingBoard board;
    @Inject
    Ratings ratings;
    @Inject
    Given given;

    @Test
    void listsTheEventsRatingsMostRecentlyUpdatedFirstWithTheUsername() {
        Event event = given.event(anEvent().startedAgo(hours(30)).inStatus(EventStatus.COMPLETED));
        Event other = given.event(anEvent().startedAgo(hours(30)).inStatus(EventStatus.COMPLETED));
        UserId bob = given.user("bob");
        UserId carol = given.user("carol");
        UserId dave = given.user("dave");
        rate(event, bob, 5, "great", NOW.minus(hours(5)), NOW.minus(hours(5)));
        rate(event, carol, 3, null, NOW.minus(hours(4)), NOW.minus(hours(4)));
        rate(event, dave, 2, "meh", NOW.minus(hours(6)), NOW.minus(hours(1)));
        rate(other, bob, 1, "other event", NOW, NOW);

        Page<RatingView> page = board.of(event.id(), PageRequest.first());

        assertThat(page.items()).extracting(RatingView::username).containsExactly("dave", "carol", "bob");
        assertThat(page.items().get(0)).isEqualTo(new RatingView(event.id().value(), dave.value(), "dave", 2, "meh",
                NOW.minus(hours(6)), NOW.minus(hours(1))));
        assertThat(page.items().get(1).comment()).isNull();
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.totalExact()).isTrue();
    }

    @Test
    void ratingsUpdatedAtTheSameInstantAreOrderedByUser() {
        Event event = given.event(anEvent().startedAgo(hours(30)).inStatus(EventStatus.COMPLETED));
        List<UserId> users = List.of(given.user("bob"), given.user("carol"), given.user("dave"));
        for (UserId user : users) {
            rate(event, user, 4, null, NOW, NOW);
        }

        List<String> listed = board.of(event.id(), PageRequest.first()).items().stream()
                .map(rating -> rating.userId().toString()).toList();

        assertThat(listed).isSortedAccordingTo((a, b) -> b.compareTo(a)).hasSize(3);
    }

    @Test
    void pagesWithAnExactCount() {
        Event event = given.event(anEvent().startedAgo(hours(30)).inStatus(EventStatus.COMPLETED));
        for (int i = 0; i < 5; i++) {
            rate(event, given.user("user" + i), 1 + i, null, NOW.minus(hours(i)), NOW.minus(hours(i)));
        }

        Page<RatingView> second = board.of(event.id(), new PageRequest(2, 2));
        Page<RatingView> third = board.of(event.id(), new PageRequest(3, 2));

        assertThat(second.items()).extracting(RatingView::username).containsExactly("user2", "user3");
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.totalExact()).isTrue();
        assertThat(third.items()).extracting(RatingView::username).containsExactly("user4");
        assertThat(third.total()).isEqualTo(5);
        assertThat(board.of(event.id(), new PageRequest(4, 2)).total()).isEqualTo(5);
    }

    @Test
    void anUnratedEventHasAnEmptyBoard() {
        Event event = given.event(anEvent());

        Page<RatingView> page = board.of(event.id(), PageRequest.first());

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
    }

    private void rate(Event event, UserId user, int score, String comment, Instant created, Instant updated) {
        ratings.save(new Rating(event.id(), user, new Score(score), comment, created, updated));
    }
}
