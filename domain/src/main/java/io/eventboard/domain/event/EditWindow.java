package io.eventboard.domain.event;

import io.eventboard.domain.common.Rejection;
import io.eventboard.domain.user.Actor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may edit or delete an event, and until when: its organizer, from creation until {@code length} later
 * (both ends included); admins at any time; nobody once it is completed or cancelled, and no local user when
 * the event belongs to an events provider.
 */
public record EditWindow(Duration length) {

    public static final Duration DEFAULT_LENGTH = Duration.ofHours(1);

    /** One rule of the window; an empty answer means the rule lets the edit through. */
    interface Rule {
        Optional<Rejection> check(Event event, Actor actor, Instant now);
    }

    public EditWindow {
        Objects.requireNonNull(length, "length");
        if (length.isNegative()) {
            throw new IllegalArgumentException("edit window must not be negative: " + length);
        }
    }

    public Instant closesAt(Event event) {
        return event.createdAt().plus(length);
    }

    public boolean isOpen(Event event, Instant now) {
        return !now.isBefore(event.createdAt()) && !now.isAfter(closesAt(event));
    }

    /** The first rule that refuses the edit, or empty when {@code actor} may edit at {@code now}. */
    public Optional<Rejection> check(Event event, Actor actor, Instant now) {
        return rules().stream()
                .map(rule -> rule.check(event, actor, now))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private List<Rule> rules() {
        return List.of(
                (event, actor, now) -> event.isImported() ? Optional.of(EventRefusals.IMPORTED) : Optional.empty(),
                (event, actor, now) -> event.status().isFinal() ? Optional.of(EventRefusals.FINISHED) : Optional.empty(),
                (event, actor, now) -> actor.isAdmin() || actor.id().equals(event.organizer())
                        ? Optional.empty() : Optional.of(EventRefusals.NOT_ORGANIZER),
                (event, actor, now) -> actor.isAdmin() || isOpen(event, now)
                        ? Optional.empty() : Optional.of(EventRefusals.EDIT_WINDOW_CLOSED));
    }
}
