package io.eventboard.persistence.channel;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ChannelRows extends GenericRepository<ChannelRow, UUID> {

    boolean existsById(UUID id);
}
