package io.eventboard.domain.waitlist;

import io.eventboard.domain.event.EventId;
import io.eventboard.domain.user.UserId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/** An event's line, first come first served, and the policy it hands out seats by. */
public record Waitlist(EventId event, WaitlistPolicy policy, List<WaitlistEntry> line) {

    public Waitlist {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(policy, "policy");
        line = List.copyOf(line);
        if (line.stream().map(WaitlistEntry::user).distinct().count() != line.size()) {
            throw new IllegalArgumentException("a user stands in the line of event " + event + " only once");
        }
    }

    public static Waitlist empty(EventId event, WaitlistPolicy policy) {
        return new Waitlist(event, policy, List.of());
    }

    public Optional<WaitlistEntry> entryOf(UserId user) {
        return line.stream().filter(entry -> entry.user().equals(user)).findFirst();
    }

    /** The user's place in line, from 1; empty when they are not in it. */
    public Optional<Integer> positionOf(UserId user) {
        return IntStream.range(0, line.size()).filter(index -> line.get(index).user().equals(user))
                .mapToObj(index -> index + 1).findFirst();
    }

    /** Seats held for open offers; they count as taken in the event's seat count. */
    public int held() {
        return (int) line.stream().filter(WaitlistEntry::isOffered).count();
    }

    Waitlist with(List<WaitlistEntry> next) {
        return new Waitlist(event, policy, next);
    }
}
