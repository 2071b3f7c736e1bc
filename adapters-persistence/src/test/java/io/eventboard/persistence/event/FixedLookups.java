package io.eventboard.persistence.event;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Lookups answered from fixed maps, for building listing SQL without a database. */
record FixedLookups(Map<String, List<UUID>> venuesByCity, Map<String, UUID> tagsByName, Set<String> commonTexts)
        implements EventListing.Lookups {

    /** The text {@link #anything()} finds in many titles; every other text is in a few. */
    static final String COMMON_TEXT = "kotlin";

    /** Every city has one venue and every tag exists, each with a random id. */
    static FixedLookups anything() {
        return new FixedLookups(null, null, Set.of(COMMON_TEXT));
    }

    /** A common text is in more titles than the listing calls rare, any other in one. */
    @Override
    public long titlesContaining(String pattern, int cap) {
        return commonTexts.contains(pattern) ? cap + 1 : 1;
    }

    @Override
    public List<UUID> venuesIn(String city) {
        return venuesByCity == null ? List.of(UUID.randomUUID()) : venuesByCity.getOrDefault(city, List.of());
    }

    @Override
    public List<UUID> tagIds(Set<String> names) {
        return tagsByName == null ? names.stream().map(name -> UUID.randomUUID()).toList()
                : names.stream().map(tagsByName::get).filter(Objects::nonNull).toList();
    }
}
