package io.eventboard.domain.tag;

import io.eventboard.domain.common.InvalidInput;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Tags are identified by name; names compare case-insensitively, so they are kept trimmed and lower-case. */
public final class TagNames {

    public static final int MAX_LENGTH = 50;
    public static final int MAX_PER_EVENT = 20;

    private TagNames() {
    }

    public static Set<String> normalize(Collection<String> names) {
        Set<String> normalized = new TreeSet<>();
        for (String name : names) {
            if (name == null || name.isBlank() || name.strip().length() > MAX_LENGTH) {
                throw InvalidInput.of("tags", "each tag must be 1-" + MAX_LENGTH + " characters");
            }
            normalized.add(name.strip().toLowerCase(Locale.ROOT));
        }
        if (normalized.size() > MAX_PER_EVENT) {
            throw InvalidInput.of("tags", "at most " + MAX_PER_EVENT + " tags per event");
        }
        return Set.copyOf(normalized);
    }
}
