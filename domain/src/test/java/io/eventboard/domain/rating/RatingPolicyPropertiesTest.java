package io.eventboard.domain.rating;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.eventboard.domain.common.FieldError;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.testdata.DomainGen;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class RatingPolicyPropertiesTest {

    private static final List<UserId> ATTENDEES = DomainGen.userPool(5);

    record Rate(UserId user, int score, Duration pause) {
    }

    private static Gen<Rate> rates() {
        return DomainGen.oneOf(ATTENDEES).zip(DomainGen.scores(), DomainGen.minutesBetween(0, 60), Rate::new);
    }

    @Test
    void theAverageIsTheMeanOfEachAttendeesLatestScore() {
        qt().withExamples(300)
                .forAll(lists().of(rates()).ofSizeBetween(0, 40))
                .checkAssert(rates -> {
                    Event event = anEvent().inStatus(EventStatus.COMPLETED).build();
                    Map<UserId, Rating> stored = new HashMap<>();
                    Map<UserId, Integer> latest = new HashMap<>();
                    Instant now = TestTime.NOW;
                    for (Rate rate : rates) {
                        now = now.plus(rate.pause());
                        Optional<Rating> earlier = Optional.ofNullable(stored.get(rate.user()));

                        RatingPolicy.Rated rated = RatingPolicy.rate(event, rate.user(), true, earlier,
                                new Score(rate.score()), "comment", now).value();

                        event = rated.event();
                        stored.put(rate.user(), rated.rating());
                        latest.put(rate.user(), rate.score());
                        assertThat(rated.rating().score().value()).isEqualTo(rate.score());
                        assertThat(rated.rating().updatedAt()).isEqualTo(now);
                        assertThat(rated.rating().createdAt())
                                .isEqualTo(earlier.map(Rating::createdAt).orElse(now));
                        assertThat(event.ratings().count()).as("one rating per attendee").isEqualTo(latest.size());
                        assertThat(event.ratings().sum())
                                .isEqualTo(latest.values().stream().mapToLong(Integer::longValue).sum());
                        assertThat(event.ratings().average()).isCloseTo(
                                latest.values().stream().mapToInt(Integer::intValue).average().orElse(0),
                                within(1e-9));
                    }
                });
    }

    @Test
    void ratingAgainReplacesTheEarlierScore() {
        qt().forAll(DomainGen.scores(), DomainGen.scores())
                .checkAssert((first, second) -> {
                    Event event = anEvent().inStatus(EventStatus.COMPLETED).ratedBy(3, 12).build();
                    UserId user = ATTENDEES.get(0);
                    RatingPolicy.Rated once = RatingPolicy.rate(event, user, true, Optional.empty(),
                            new Score(first), null, TestTime.NOW).value();

                    RatingPolicy.Rated twice = RatingPolicy.rate(once.event(), user, true, Optional.of(once.rating()),
                            new Score(second), null, TestTime.NOW.plusSeconds(1)).value();

                    assertThat(twice.event().ratings().count()).isEqualTo(4);
                    assertThat(twice.event().ratings().sum()).isEqualTo(12 + second);
                });
    }

    @Test
    void onlyACompletedEventCanBeRated() {
        qt().forAll(DomainGen.eventStatuses(), Generate.booleans(), DomainGen.scores())
                .assuming((status, attended, score) -> status != EventStatus.COMPLETED)
                .checkAssert((status, attended, score) -> assertThat(rate(status, attended, score).rejection().code())
                        .isEqualTo("rating.event-not-completed"));
    }

    @Test
    void onlyAnAttendeeCanRateACompletedEvent() {
        qt().forAll(Generate.booleans(), DomainGen.scores())
                .checkAssert((attended, score) -> {
                    Result<RatingPolicy.Rated> result = rate(EventStatus.COMPLETED, attended, score);

                    assertThat(result.isAccepted()).isEqualTo(attended);
                    if (!attended) {
                        assertThat(result.rejection().code()).isEqualTo("rating.not-attendee");
                    }
                });
    }

    @Test
    void aScoreIsAcceptedExactlyFromOneToFiveStars() {
        qt().forAll(integers().between(-20, 20).mix(integers().all(), 30))
                .checkAssert(stars -> {
                    if (stars >= 1 && stars <= 5) {
                        assertThat(new Score(stars).value()).isEqualTo(stars);
                    } else {
                        assertThatThrownBy(() -> new Score(stars)).isInstanceOfSatisfying(InvalidInput.class,
                                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("score"));
                    }
                });
    }

    private static Result<RatingPolicy.Rated> rate(EventStatus status, boolean attended, int score) {
        Event event = anEvent().inStatus(status).build();
        return RatingPolicy.rate(event, ATTENDEES.get(0), attended, Optional.empty(), new Score(score), null,
                TestTime.NOW);
    }
}
