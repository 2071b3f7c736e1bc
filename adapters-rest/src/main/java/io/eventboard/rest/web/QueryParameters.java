package io.eventboard.rest.web;

import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.common.PageRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Turns query-string text into values, refusing bad text with a 400 that names the parameter. */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static UUID uuid(String name, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(name, "must be an id (UUID)");
        }
    }

    /** An instant ({@code 2026-05-01T18:00:00Z}) or a day ({@code 2026-05-01}, meaning its start in UTC). */
    public static Instant instant(String name, String text, boolean endOfDay) {
        if (blank(text)) {
            return null;
        }
        String value = text.strip();
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant()
                        .minusNanos(endOfDay ? 1 : 0);
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(name, "must be an ISO-8601 instant or a date (YYYY-MM-DD)");
        }
    }

    public static Boolean bool(String name, String text) {
        if (blank(text)) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw InvalidInput.of(name, "must be true or false");
        };
    }

    public static Double decimal(String name, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of(name, "must be a number");
        }
    }

    public static int integer(String name, String text, int fallback) {
        if (blank(text)) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of(name, "must be a whole number");
        }
    }

    /** Values given as {@code a,b} or as the parameter repeated, lower-cased, blanks dropped. */
    public static Set<String> list(List<String> values) {
        Set<String> items = new LinkedHashSet<>();
        if (values != null) {
            values.stream().flatMap(value -> Arrays.stream(value.split(",")))
                    .map(String::strip).filter(item -> !item.isEmpty())
                    .map(item -> item.toLowerCase(Locale.ROOT)).forEach(items::add);
        }
        return items;
    }

    /** One of the enum's values, written in lower case ({@code in_app} for {@code IN_APP}); null when blank. */
    public static <E extends Enum<E>> E choice(String name, String text, Class<E> type) {
        if (blank(text)) {
            return null;
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(wanted)) {
                return value;
            }
        }
        throw InvalidInput.of(name, "must be one of " + String.join(", ", Arrays.stream(type.getEnumConstants())
                .map(value -> value.name().toLowerCase(Locale.ROOT)).toList()));
    }

    public static PageRequest page(String page, String size) {
        return new PageRequest(integer("page", page, 1), integer("size", size, PageRequest.DEFAULT_SIZE));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
