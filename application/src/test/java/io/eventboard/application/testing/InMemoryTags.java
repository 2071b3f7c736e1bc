package io.eventboard.application.testing;

import io.eventboard.domain.tag.Tags;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@link Tags} over the in-memory database. Names are stored as given (the domain hands over normalized,
 * lower-case names) and compared exactly, as a plain {@code WHERE name = ANY(?)} would.
 */
public final class InMemoryTags implements Tags {

    private final InMemoryDatabase db;

    public InMemoryTags(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Set<String> unknown(Set<String> names) {
        return db.read(t -> names.stream().filter(name -> !t.tags.contains(name))
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Override
    public void ensure(Set<String> names) {
        db.change("Tags.ensure", t -> t.tags.addAll(names));
    }

    // ---- for tests ----

    public Set<String> all() {
        return db.read(t -> Set.copyOf(t.tags));
    }
}
