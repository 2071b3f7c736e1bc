package io.eventboard.persistence.rating;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static io.eventboard.domain.testdata.EventBuilder.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.rating.Rating;
import io.eventboard.domain.rating.Ratings;
import io.eventboard.domain.rating.Score;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.DatabaseTest;
import io.eventboard.persistence.Given;
import io.eventboard.persistence.testing.DirectSql;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresRatingsTest extends DatabaseTest {

    private static final Instant NOW = TestTime.NOW;

    @Inject
    Ratings ratings;
    @Inject
    Given given;

    @Test
    void aRatingIsFoundByEventAndUser() {
        Event event = given.event(anEvent().inStatus(EventStatus.COMPLETED));
        UserId bob = given.user("bob");
        Rating rating = new Rating(event.id(), bob, new Score(4), "Good talks", NOW, NOW);

        ratings.save(rating);

        assertThat(ratings.find(event.id(), bob)).contains(rating);
        assertThat(ratings.find(event.id(), given.user("carol"))).isEmpty();
    }

    @Test
    void ratingAgainReplacesScoreAndCommentAndKeepsTheFirstCreationTime() {
        Event event = given.event(anEvent().inStatus(EventStatus.COMPLETED));
        UserId bob = given.user("bob");
        Instant first = NOW.minus(minutes(30));
        ratings.save(new Rating(event.id(), bob, new Score(2), "Too long", first, first));

        ratings.save(new Rating(event.id(), bob, new Score(5), null, NOW, NOW));

        assertThat(ratings.find(event.id(), bob))
                .contains(new Rating(event.id(), bob, new Score(5), null, first, NOW));
        assertThat(DirectSql.number("SELECT count(*) FROM ratings")).isEqualTo(1);
    }
}
