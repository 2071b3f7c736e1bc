package io.eventboard.domain.tag;

import io.eventboard.domain.common.Validation;
import java.util.Locale;
import java.util.Objects;

/**
 * A tag events carry. Its name is kept as {@link TagNames} keeps every tag name: trimmed and lower-case, so
 * "Java" and " java" are one tag.
 */
public record Tag(TagId id, String name) {

    public Tag {
        Objects.requireNonNull(id, "id");
        name = normalizeName(name);
    }

    /** The name as stored: trimmed and lower-case, 1-50 characters. */
    public static String normalizeName(String name) {
        String stripped = name == null ? null : name.strip();
        new Validation().requireText(stripped, "name", TagNames.MAX_LENGTH).check();
        return stripped.toLowerCase(Locale.ROOT);
    }
}
