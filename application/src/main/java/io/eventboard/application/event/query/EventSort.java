package io.eventboard.application.event.query;

import io.eventboard.domain.common.InvalidInput;
import java.util.Locale;

/** The orders a listing of events offers; {@code -} in front of the name reverses it (seed 001's sort). */
public record EventSort(Key key, boolean descending) {

    public enum Key { START, STATUS, RATING, CREATED }

    public static final EventSort DEFAULT = new EventSort(Key.START, false);

    /** Parses {@code start}, {@code -rating}, …; anything else is refused naming the {@code sort} parameter. */
    public static EventSort parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        boolean descending = text.startsWith("-");
        String name = (descending ? text.substring(1) : text).strip().toUpperCase(Locale.ROOT);
        for (Key key : Key.values()) {
            if (key.name().equals(name)) {
                return new EventSort(key, descending);
            }
        }
        throw InvalidInput.of("sort", "must be one of start, status, rating, created, optionally with a leading -");
    }

    @Override
    public String toString() {
        return (descending ? "-" : "") + key.name().toLowerCase(Locale.ROOT);
    }
}
