package io.eventboard.persistence.tag;

import io.eventboard.domain.tag.Tags;
import io.eventboard.persistence.jdbc.Sql;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/** Tags in PostgreSQL, by name. Names arrive normalized (trimmed, lower-case) from the domain. */
@Singleton
final class PostgresTags implements Tags {

    private final Sql sql;

    PostgresTags(Sql sql) {
        this.sql = sql;
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
}
