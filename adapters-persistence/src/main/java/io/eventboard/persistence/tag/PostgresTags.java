package io.eventboard.persistence.tag;

import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.tag.Tag;
import io.eventboard.domain.tag.TagId;
import io.eventboard.domain.tag.Tags;
import io.eventboard.persistence.catalog.CatalogSql;
import io.eventboard.persistence.jdbc.Row;
import io.eventboard.persistence.event.CatalogChanges;
import io.eventboard.persistence.jdbc.Sql;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Tags in PostgreSQL, by name. Names arrive normalized (trimmed, lower-case) from the domain. */
@Singleton
final class PostgresTags implements Tags {

    private static final String SELECT = "SELECT id, name FROM tags";

    private final Sql sql;
    private final CatalogChanges changes;

    PostgresTags(Sql sql, CatalogChanges changes) {
        this.sql = sql;
        this.changes = changes;
    }

    @Override
    public Set<String> unknown(Set<String> names) {
        if (names.isEmpty()) {
            return Set.of();
        }
        Set<String> missing = new HashSet<>(names);
        missing.removeAll(sql.list("SELECT name FROM tags WHERE name = ANY (?)", p -> p.texts(names),
                row -> row.text("name")));
        return Set.copyOf(missing);
    }

    /**
     * Inserts in name order: two syncs ensuring overlapping sets then wait on each other's rows in the same
     * order and cannot deadlock.
     */
    @Override
    public void ensure(Set<String> names) {
        if (names.isEmpty()) {
            return;
        }
        sql.update("""
                INSERT INTO tags (id, name)
                SELECT gen_random_uuid(), name FROM unnest(?::text[]) WITH ORDINALITY AS wanted (name, position)
                ORDER BY position
                ON CONFLICT (name) DO NOTHING
                """, p -> p.texts(new TreeSet<>(names)));
    }

    @Override
    public Optional<Tag> findById(TagId id) {
        return sql.one(SELECT + " WHERE id = ?", p -> p.uuid(id.value()), PostgresTags::toTag);
    }

    @Override
    public Optional<Tag> lockById(TagId id) {
        return sql.one(SELECT + " WHERE id = ? FOR UPDATE", p -> p.uuid(id.value()), PostgresTags::toTag);
    }

    @Override
    public boolean nameTaken(Tag tag) {
        return sql.one("SELECT EXISTS (SELECT 1 FROM tags WHERE name = ? AND id <> ?) AS taken",
                p -> p.text(tag.name()).uuid(tag.id().value()), row -> row.bool("taken")).orElseThrow();
    }

    @Override
    public void add(Tag tag) {
        CatalogSql.write("tag '" + tag.name() + "'", () -> sql.update("INSERT INTO tags (id, name) VALUES (?, ?)",
                p -> p.uuid(tag.id().value()).text(tag.name())));
    }

    /** Events link tags by id, so they carry the new name at once. */
    @Override
    public void update(Tag tag) {
        CatalogSql.write("tag '" + tag.name() + "'", () -> sql.update("UPDATE tags SET name = ? WHERE id = ?",
                p -> p.text(tag.name()).uuid(tag.id().value())));
        changes.recordAfterCommit();
    }

    @Override
    public boolean inUse(TagId id) {
        return sql.one("SELECT EXISTS (SELECT 1 FROM event_tags WHERE tag_id = ?) AS used",
                p -> p.uuid(id.value()), row -> row.bool("used")).orElseThrow();
    }

    @Override
    public void delete(TagId id) {
        CatalogSql.write("tag " + id, () -> sql.update("DELETE FROM tags WHERE id = ?", p -> p.uuid(id.value())));
        changes.recordAfterCommit();
    }

    @Override
    public Page<Tag> list(PageRequest page) {
        return CatalogSql.page(sql, "SELECT count(*) AS total FROM tags", SELECT + " ORDER BY name, id",
                p -> { }, PostgresTags::toTag, page);
    }

    private static Tag toTag(Row row) throws SQLException {
        return new Tag(new TagId(row.uuid("id")), row.text("name"));
    }
}
