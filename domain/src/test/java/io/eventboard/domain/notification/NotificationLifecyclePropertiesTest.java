package io.eventboard.domain.notification;

import static io.eventboard.domain.notification.NotificationStatus.FAILED;
import static io.eventboard.domain.notification.NotificationStatus.QUEUED;
import static io.eventboard.domain.notification.NotificationStatus.SENDING;
import static io.eventboard.domain.notification.NotificationStatus.SENT;
import static io.eventboard.domain.testdata.NotificationBuilder.aNotification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.eventboard.domain.common.Result;
import io.eventboard.domain.testdata.DomainGen;
import io.eventboard.domain.testdata.TestTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A notification goes QUEUED → SENDING → SENT | FAILED | QUEUED, and an operator may put a FAILED one back
 * (FAILED → QUEUED). Random sequences of dispatcher and operator steps are checked against that model.
 */
class NotificationLifecyclePropertiesTest {

    record Arrow(NotificationStatus from, NotificationStatus to) {
    }

    private static final Set<Arrow> ALLOWED = Set.of(
            new Arrow(QUEUED, SENDING), new Arrow(SENDING, SENT), new Arrow(SENDING, FAILED),
            new Arrow(SENDING, QUEUED), new Arrow(FAILED, QUEUED));

    enum Step { CLAIM, DELIVERED, FAILED_RETRYABLE, FAILED_PERMANENT, LEASE_EXPIRED, REQUEUE }

    record Action(Step step, Duration pause, double jitter) {
    }

    private static Gen<Action> actions() {
        return Generate.enumValues(Step.class).zip(DomainGen.secondsBetween(0, 600), DomainGen.jitters(), Action::new);
    }

    /** Sequences without the operator's requeue: the dispatcher alone decides what happens. */
    private static Gen<Action> automaticActions() {
        return actions().map(action -> action.step() == Step.REQUEUE
                ? new Action(Step.CLAIM, action.pause(), action.jitter()) : action);
    }

    private static RetryPolicy policy(int maxAttempts) {
        return new RetryPolicy(maxAttempts, Duration.ofSeconds(1), Duration.ofMinutes(1));
    }

    @Test
    void anySequenceOfLifecycleStepsOnlyFollowsTheAllowedArrows() {
        qt().withExamples(500)
                .forAll(integers().between(1, 5), lists().of(actions()).ofSizeBetween(1, 40))
                .checkAssert((maxAttempts, actions) -> {
                    Lifecycle lifecycle = new Lifecycle(policy(maxAttempts));
                    actions.forEach(lifecycle::apply);
                });
    }

    @Test
    void automaticRetriesNeverExceedTheMaximumNumberOfAttempts() {
        qt().withExamples(500)
                .forAll(integers().between(1, 5), lists().of(automaticActions()).ofSizeBetween(1, 40))
                .checkAssert((maxAttempts, actions) -> {
                    Lifecycle lifecycle = new Lifecycle(policy(maxAttempts));
                    for (Action action : actions) {
                        lifecycle.apply(action);
                        assertThat(lifecycle.notification.attempts()).isLessThanOrEqualTo(maxAttempts);
                        assertThat(lifecycle.claims).as("sends started").isLessThanOrEqualTo(maxAttempts);
                    }
                });
    }

    @Test
    void aNotificationThatKeepsFailingIsGivenUpOnAfterExactlyMaxAttempts() {
        qt().forAll(integers().between(1, 8), DomainGen.jitters())
                .checkAssert((maxAttempts, jitter) -> {
                    RetryPolicy policy = policy(maxAttempts);
                    Notification notification = aNotification().build();
                    Instant now = TestTime.NOW;
                    int sends = 0;
                    while (notification.status() != FAILED) {
                        now = notification.nextAttemptAt();
                        notification = notification.claim(now).value();
                        sends++;
                        notification = notification.failed("timeout " + sends, true, null, policy, jitter, now).value();
                    }
                    assertThat(sends).isEqualTo(maxAttempts);
                    assertThat(notification.attempts()).isEqualTo(maxAttempts);
                    assertThat(notification.error()).contains("timeout " + maxAttempts);
                    assertThat(notification.claim(now).isAccepted()).as("a failed one is not claimed again").isFalse();
                });
    }

    @Test
    void aSentNotificationIsFinal() {
        qt().forAll(Generate.enumValues(Step.class), DomainGen.jitters())
                .checkAssert((step, jitter) -> {
                    Notification sent = aNotification().build().claim(TestTime.NOW).value()
                            .delivered(TestTime.NOW).value();

                    Result<Notification> result = Lifecycle.perform(sent, step, "late error", policy(3), jitter,
                            TestTime.NOW.plusSeconds(1));

                    assertThat(result.isAccepted()).isFalse();
                    assertThat(result.rejection().code()).isEqualTo("notification.illegal-transition");
                });
    }

    /** The model: what each step must do from each status. */
    private static final class Lifecycle {

        private final RetryPolicy policy;
        private Notification notification = aNotification().build();
        private Instant now = TestTime.NOW;
        private String lastReported;
        private int errors;
        private int claims;

        Lifecycle(RetryPolicy policy) {
            this.policy = policy;
        }

        static Result<Notification> perform(Notification notification, Step step, String error, RetryPolicy policy,
                                            double jitter, Instant now) {
            return switch (step) {
                case CLAIM -> notification.claim(now);
                case DELIVERED -> notification.delivered(now);
                case FAILED_RETRYABLE -> notification.failed(error, true, null, policy, jitter, now);
                case FAILED_PERMANENT -> notification.failed(error, false, null, policy, jitter, now);
                case LEASE_EXPIRED -> notification.leaseExpired(policy, now);
                case REQUEUE -> notification.requeue(now);
            };
        }

        Optional<NotificationStatus> expectedNext(Notification before, Step step) {
            NotificationStatus from = before.status();
            boolean anotherAttempt = before.attempts() < policy.maxAttempts();
            NotificationStatus next = switch (step) {
                case CLAIM -> from == QUEUED ? SENDING : null;
                case DELIVERED -> from == SENDING ? SENT : null;
                case FAILED_RETRYABLE, LEASE_EXPIRED -> from == SENDING ? (anotherAttempt ? QUEUED : FAILED) : null;
                case FAILED_PERMANENT -> from == SENDING ? FAILED : null;
                case REQUEUE -> from == FAILED ? QUEUED : null;
            };
            return Optional.ofNullable(next);
        }

        void apply(Action action) {
            now = now.plus(action.pause());
            Notification before = notification;
            String error = "error #" + ++errors;
            Result<Notification> result = perform(before, action.step(), error, policy, action.jitter(), now);
            Optional<NotificationStatus> expected = expectedNext(before, action.step());

            if (expected.isEmpty()) {
                assertThat(result.isAccepted()).as("%s from %s is refused", action.step(), before.status()).isFalse();
                assertThat(result.rejection().code()).isEqualTo("notification.illegal-transition");
                return;
            }
            assertThat(result.isAccepted()).as("%s from %s is accepted", action.step(), before.status()).isTrue();
            Notification after = result.value();
            assertThat(after.status()).isEqualTo(expected.get());
            assertThat(ALLOWED).contains(new Arrow(before.status(), after.status()));
            assertThat(after.updatedAt()).isEqualTo(now);

            switch (action.step()) {
                case CLAIM -> {
                    claims++;
                    assertThat(after.attempts()).isEqualTo(before.attempts() + 1);
                }
                case REQUEUE -> {
                    assertThat(after.attempts()).as("an operator grants fresh attempts").isZero();
                    assertThat(after.error()).as("the last error stays visible").isEqualTo(before.error());
                    assertThat(after.isDue(now)).isTrue();
                }
                case DELIVERED -> {
                    assertThat(after.sentAt()).isEqualTo(now);
                    assertThat(after.error()).isEmpty();
                }
                case FAILED_RETRYABLE, FAILED_PERMANENT, LEASE_EXPIRED -> {
                    lastReported = action.step() == Step.LEASE_EXPIRED
                            ? "delivery outcome unknown: the sender's lease expired" : error;
                    assertThat(after.attempts()).isEqualTo(before.attempts());
                    assertThat(after.error()).contains(lastReported);
                    if (after.status() == QUEUED) {
                        double jitter = action.step() == Step.LEASE_EXPIRED ? 0 : action.jitter();
                        Instant retryAt = now.plus(policy.delayAfter(after.attempts(), jitter));
                        assertThat(after.nextAttemptAt()).isEqualTo(retryAt);
                        assertThat(after.isDue(retryAt.minusNanos(1))).as("not due before the backoff").isFalse();
                        assertThat(after.isDue(retryAt)).isTrue();
                    }
                }
            }
            assertThat(after.attempts()).isLessThanOrEqualTo(policy.maxAttempts());
            if (after.status() == FAILED) {
                assertThat(after.error()).as("a failed notification keeps its last error").contains(lastReported);
            }
            notification = after;
        }
    }
}
