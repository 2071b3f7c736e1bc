package io.eventboard.application.servicetoken;

import java.util.Locale;
import java.util.Optional;

/** What a service token may do: {@code ops} runs the operations endpoints, {@code notify} sends notifications. */
public enum Scope {
    OPS, NOTIFY;

    /** The name on the wire and in the database: lower case. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Scope> parse(String name) {
        for (Scope scope : values()) {
            if (scope.wireName().equals(name)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }
}
