package io.eventboard.persistence.venue;

import io.eventboard.domain.common.Ids;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.venue.Venue;
import io.eventboard.domain.venue.VenueId;
import io.eventboard.domain.venue.Venues;
import io.eventboard.persistence.catalog.CatalogSql;
import io.eventboard.persistence.jdbc.Row;
import io.eventboard.persistence.event.CatalogChanges;
import io.eventboard.persistence.jdbc.Sql;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** Venues in PostgreSQL; a venue is identified by name and city, regardless of case. */
@Singleton
final class PostgresVenues implements Venues {

    private static final String SELECT = "SELECT id, name, city, address, time_zone FROM venues";

    private final VenueRows rows;
    private final Sql sql;
    private final CatalogChanges changes;

    PostgresVenues(VenueRows rows, Sql sql, CatalogChanges changes) {
        this.rows = rows;
        this.sql = sql;
        this.changes = changes;
    }

    @Override
    public Optional<Venue> findById(VenueId id) {
        return rows.findById(id.value()).map(PostgresVenues::toVenue);
    }

    /**
     * Insert-then-read rather than read-then-insert: two syncs meeting the same new venue both end up with
     * the one row the unique index let in. The id's clock only orders ids, so the wall clock is good enough.
     */
    @Override
    public Venue findOrCreate(String name, String city, String address) {
        Venue candidate = new Venue(new VenueId(Ids.timeOrdered(Instant.now())), name, city, address);
        rows.insertUnlessKnown(candidate.id().value(), candidate.name(), candidate.city(), candidate.address());
        return rows.findByNameAndCityIgnoringCase(name, city).map(PostgresVenues::toVenue).orElseThrow();
    }

    @Override
    public Optional<Venue> lockById(VenueId id) {
        return sql.one(SELECT + " WHERE id = ? FOR UPDATE", p -> p.uuid(id.value()), PostgresVenues::toVenue);
    }

    @Override
    public boolean nameTaken(Venue venue) {
        return sql.one("""
                SELECT EXISTS (SELECT 1 FROM venues WHERE lower(name) = lower(?) AND lower(city) = lower(?) AND id <> ?)
                    AS taken
                """, p -> p.text(venue.name()).text(venue.city()).uuid(venue.id().value()),
                row -> row.bool("taken")).orElseThrow();
    }

    @Override
    public void add(Venue venue) {
        CatalogSql.write(describe(venue), () -> sql.update(
                "INSERT INTO venues (id, name, city, address, time_zone) VALUES (?, ?, ?, ?, ?)",
                p -> p.uuid(venue.id().value()).text(venue.name()).text(venue.city()).text(venue.address())
                        .text(venue.timeZone().getId())));
    }

    @Override
    public void update(Venue venue) {
        CatalogSql.write(describe(venue), () -> sql.update(
                "UPDATE venues SET name = ?, city = ?, address = ?, time_zone = ? WHERE id = ?",
                p -> p.text(venue.name()).text(venue.city()).text(venue.address()).text(venue.timeZone().getId())
                        .uuid(venue.id().value())));
        changes.recordAfterCommit();
    }

    @Override
    public boolean inUse(VenueId id) {
        return sql.one("SELECT EXISTS (SELECT 1 FROM events WHERE venue_id = ?) AS used", p -> p.uuid(id.value()),
                row -> row.bool("used")).orElseThrow();
    }

    @Override
    public void delete(VenueId id) {
        CatalogSql.write("venue " + id, () -> sql.update("DELETE FROM venues WHERE id = ?", p -> p.uuid(id.value())));
        changes.recordAfterCommit();
    }

    @Override
    public Page<Venue> list(String city, PageRequest page) {
        String where = city == null ? "" : " WHERE lower(city) = lower(?)";
        Sql.Binder filter = city == null ? p -> { } : p -> p.text(city);
        return CatalogSql.page(sql, "SELECT count(*) AS total FROM venues" + where,
                SELECT + where + " ORDER BY lower(name), lower(city), id", filter, PostgresVenues::toVenue, page);
    }

    private static String describe(Venue venue) {
        return "venue '" + venue.name() + "' in " + venue.city();
    }

    private static Venue toVenue(VenueRow row) {
        return new Venue(new VenueId(row.id()), row.name(), row.city(), row.address(), ZoneId.of(row.timeZone()));
    }

    private static Venue toVenue(Row row) throws SQLException {
        return new Venue(new VenueId(row.uuid("id")), row.text("name"), row.text("city"), row.text("address"),
                ZoneId.of(row.text("time_zone")));
    }
}
