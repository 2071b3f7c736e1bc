package io.eventboard.application.testing;

import io.eventboard.domain.catalog.NameTaken;
import io.eventboard.domain.catalog.StillReferenced;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventDetails;
import io.eventboard.domain.tag.Tag;
import io.eventboard.domain.tag.TagId;
import io.eventboard.domain.tag.Tags;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@link Tags} over the in-memory database. Names are stored as given (the domain hands over normalized,
 * lower-case names) and compared exactly, as a plain {@code WHERE name = ANY(?)} would. The unique name and the
 * events' references behave like PostgreSQL's unique constraint and foreign key: a clash throws
 * {@link NameTaken}, deleting a tag that events carry throws {@link StillReferenced}, and a renamed tag shows its
 * new name on every event that carries it (events refer to tags by id there).
 */
public final class InMemoryTags implements Tags {

    private final InMemoryDatabase db;

    public InMemoryTags(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Set<String> unknown(Set<String> names) {
        return db.read(t -> names.stream().filter(name -> !t.hasTag(name))
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Override
    public void ensure(Set<String> names) {
        db.change("Tags.ensure", t -> names.stream().filter(name -> !t.hasTag(name)).forEach(name -> {
            Tag tag = new Tag(new TagId(UUID.randomUUID()), name);
            t.tags.put(tag.id(), tag);
        }));
    }

    @Override
    public Optional<Tag> findById(TagId id) {
        return db.read(t -> Optional.ofNullable(t.tags.get(id)));
    }

    @Override
    public Optional<Tag> lockById(TagId id) {
        return db.write("Tags.lockById", t -> Optional.ofNullable(t.tags.get(id)));
    }

    @Override
    public boolean nameTaken(Tag tag) {
        return db.read(t -> taken(t, tag));
    }

    @Override
    public void add(Tag tag) {
        db.change("Tags.add", t -> {
            if (t.tags.containsKey(tag.id())) {
                throw new IllegalStateException("primary key violated: tag " + tag.id() + " exists");
            }
            if (taken(t, tag)) {
                throw new NameTaken("tag '" + tag.name() + "'");
            }
            t.tags.put(tag.id(), tag);
        });
    }

    @Override
    public void update(Tag tag) {
        db.change("Tags.update", t -> {
            Tag stored = t.tags.get(tag.id());
            if (stored == null) {
                return;
            }
            if (taken(t, tag)) {
                throw new NameTaken("tag '" + tag.name() + "'");
            }
            t.tags.put(tag.id(), tag);
            t.events.replaceAll((id, event) -> renamed(event, stored.name(), tag.name()));
        });
    }

    @Override
    public boolean inUse(TagId id) {
        return db.read(t -> used(t, id));
    }

    @Override
    public void delete(TagId id) {
        db.change("Tags.delete", t -> {
            if (used(t, id)) {
                throw new StillReferenced("tag " + id);
            }
            t.tags.remove(id);
        });
    }

    @Override
    public Page<Tag> list(PageRequest page) {
        return db.read(t -> InMemoryPages.of(t.tags.values().stream().sorted(Comparator.comparing(Tag::name))
                .toList(), page));
    }

    // ---- for tests ----

    /** The names of every tag. */
    public Set<String> all() {
        return db.read(t -> t.tags.values().stream().map(Tag::name).collect(Collectors.toUnmodifiableSet()));
    }

    /** The stored tag of that name; fails when there is none. */
    public Tag named(String name) {
        return db.read(t -> t.tags.values().stream().filter(tag -> tag.name().equals(name)).findFirst())
                .orElseThrow(() -> new AssertionError("no tag '" + name + "'"));
    }

    private static boolean taken(InMemoryDatabase.Tables t, Tag tag) {
        return t.tags.values().stream().anyMatch(other -> !other.id().equals(tag.id())
                && other.name().equals(tag.name()));
    }

    private static boolean used(InMemoryDatabase.Tables t, TagId id) {
        Tag tag = t.tags.get(id);
        return tag != null && t.events.values().stream().anyMatch(event -> event.details().tags().contains(tag.name()));
    }

    private static Event renamed(Event event, String from, String to) {
        EventDetails details = event.details();
        if (from.equals(to) || !details.tags().contains(from)) {
            return event;
        }
        Set<String> tags = new HashSet<>(details.tags());
        tags.remove(from);
        tags.add(to);
        EventDetails renamed = new EventDetails(details.title(), details.description(), details.venue(),
                details.channel(), tags, details.startsAt(), details.endsAt(), details.capacity());
        return new Event(event.id(), renamed, event.status(), event.seatsBooked(), event.ratings(), event.organizer(),
                event.source(), event.createdAt(), event.updatedAt(), event.version());
    }
}
