package io.eventboard.domain.event;

import static io.eventboard.domain.event.EventStatus.CANCELLED;
import static io.eventboard.domain.event.EventStatus.COMPLETED;
import static io.eventboard.domain.event.EventStatus.ONGOING;
import static io.eventboard.domain.event.EventStatus.SCHEDULED;
import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.eventboard.domain.common.Result;
import io.eventboard.domain.testdata.DomainGen;
import io.eventboard.domain.testdata.TestTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The lifecycle of an event: SCHEDULED → ONGOING → COMPLETED, SCHEDULED|ONGOING → CANCELLED, and no other arrow. */
class EventLifecyclePropertiesTest {

    record Arrow(EventStatus from, EventStatus to) {
    }

    private static final Set<Arrow> ALLOWED = Set.of(
            new Arrow(SCHEDULED, ONGOING), new Arrow(ONGOING, COMPLETED),
            new Arrow(SCHEDULED, CANCELLED), new Arrow(ONGOING, CANCELLED));

    private static final StatusPolicy POLICY = new StatusPolicy(StatusPolicy.DEFAULT_DURATION);

    enum Kind { START, COMPLETE, CANCEL, MOVE_TO, ADVANCE }

    /** One operation; {@code target} only matters for MOVE_TO, {@code wait} is the time that passes first. */
    record Operation(Kind kind, EventStatus target, Duration pause) {
    }

    private static Gen<Operation> operations() {
        return Generate.enumValues(Kind.class).zip(DomainGen.eventStatuses(), DomainGen.minutesBetween(0, 90),
                Operation::new);
    }

    @Test
    void anySequenceOfStatusOperationsOnlyFollowsTheAllowedArrows() {
        qt().withExamples(500)
                .forAll(DomainGen.minutesBetween(0, 240), Generate.booleans(),
                        lists().of(operations()).ofSizeBetween(1, 30))
                .checkAssert((startsIn, withEnd, operations) -> {
                    Event event = anEvent().startingIn(startsIn).lasting(withEnd ? Duration.ofMinutes(90) : null)
                            .build();
                    Instant now = TestTime.NOW;
                    List<Arrow> taken = new ArrayList<>();
                    for (Operation operation : operations) {
                        now = now.plus(operation.pause());
                        event = operation.kind() == Kind.ADVANCE
                                ? advance(event, now, taken)
                                : move(event, target(operation), operation, now, taken);
                    }
                    assertThat(ALLOWED).as("every arrow taken is an allowed one").containsAll(taken);
                });
    }

    @Test
    void canMoveToSaysYesExactlyForTheAllowedArrows() {
        qt().forAll(DomainGen.eventStatuses(), DomainGen.eventStatuses())
                .checkAssert((from, to) -> assertThat(from.canMoveTo(to))
                        .as("%s → %s", from, to).isEqualTo(ALLOWED.contains(new Arrow(from, to))));
    }

    @Test
    void completedAndCancelledAreFinalAndTheOthersAreLive() {
        assertThat(EventStatus.live()).containsExactlyInAnyOrder(SCHEDULED, ONGOING);
        for (EventStatus status : EventStatus.values()) {
            assertThat(status.isFinal()).as("%s is final", status).isEqualTo(!EventStatus.live().contains(status));
        }
    }

    private static EventStatus target(Operation operation) {
        return switch (operation.kind()) {
            case START -> ONGOING;
            case COMPLETE -> COMPLETED;
            case CANCEL -> CANCELLED;
            default -> operation.target();
        };
    }

    private static Event move(Event before, EventStatus target, Operation operation, Instant now, List<Arrow> taken) {
        Result<Event> result = switch (operation.kind()) {
            case START -> before.start(now);
            case COMPLETE -> before.complete(now);
            case CANCEL -> before.cancel(now);
            default -> before.moveTo(target, now);
        };
        Arrow arrow = new Arrow(before.status(), target);
        if (!ALLOWED.contains(arrow)) {
            assertThat(result.isAccepted()).as("%s is refused", arrow).isFalse();
            assertThat(result.rejection().code()).isEqualTo("event.illegal-transition");
            return before; // a refusal leaves the event as it was
        }
        Event after = result.value();
        taken.add(new Arrow(before.status(), after.status()));
        assertThat(after.status()).isEqualTo(target);
        assertThat(after.updatedAt()).isEqualTo(now);
        assertThat(after).usingRecursiveComparison().ignoringFields("status", "updatedAt").isEqualTo(before);
        return after;
    }

    private static Event advance(Event before, Instant now, List<Arrow> taken) {
        boolean dueToStart = before.status() == SCHEDULED && !now.isBefore(before.startsAt());
        EventStatus afterStart = dueToStart ? ONGOING : before.status();
        Instant end = before.details().end().orElse(before.startsAt().plus(StatusPolicy.DEFAULT_DURATION));
        boolean dueToComplete = EventStatus.live().contains(afterStart) && !now.isBefore(end);

        Optional<StatusPolicy.Advance> advance = POLICY.advance(before, now);

        assertThat(advance.isPresent()).as("advanced at %s", now).isEqualTo(dueToStart || dueToComplete);
        if (advance.isEmpty()) {
            return before;
        }
        assertThat(advance.get().started()).isEqualTo(dueToStart);
        assertThat(advance.get().completed()).isEqualTo(dueToComplete);
        if (dueToStart) {
            taken.add(new Arrow(before.status(), ONGOING));
        }
        if (dueToComplete) {
            taken.add(new Arrow(afterStart, COMPLETED));
        }
        Event after = advance.get().event();
        assertThat(after.status()).isEqualTo(dueToComplete ? COMPLETED : afterStart);
        return after;
    }
}
