package io.eventboard.persistence.venue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface VenueRows extends GenericRepository<VenueRow, UUID> {

    Optional<VenueRow> findById(UUID id);

    @Query("SELECT * FROM venues WHERE lower(name) = lower(:name) AND lower(city) = lower(:city)")
    Optional<VenueRow> findByNameAndCityIgnoringCase(String name, String city);

    /** Inserts unless a venue of that name already exists in that city (any case); answers 1 or 0. */
    @Query("""
            INSERT INTO venues (id, name, city, address) VALUES (:id, :name, :city, :address)
            ON CONFLICT DO NOTHING
            """)
    int insertUnlessKnown(UUID id, String name, String city, @Nullable String address);
}
