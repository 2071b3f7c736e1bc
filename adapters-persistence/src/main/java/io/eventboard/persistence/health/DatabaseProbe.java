package io.eventboard.persistence.health;

import io.eventboard.application.status.HealthProbe;
import io.eventboard.persistence.jdbc.Sql;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells whether PostgreSQL answers a trivial query through the application's own pool. */
@Singleton
public class DatabaseProbe implements HealthProbe {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseProbe.class);

    private final Sql sql;

    public DatabaseProbe(Sql sql) {
        this.sql = sql;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public boolean isUp() {
        try {
            return sql.one("SELECT 1 AS up", params -> { }, row -> row.integer("up")).isPresent();
        } catch (RuntimeException e) {
            LOG.warn("health database=down cause=\"{}\"", e.getMessage());
            return false;
        }
    }
}
