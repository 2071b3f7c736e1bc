package io.eventboard.persistence.health;

import io.eventboard.application.status.HealthProbe;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells whether PostgreSQL answers: a connection from the pool that passes the driver's validity check. */
@Singleton
public class DatabaseProbe implements HealthProbe {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseProbe.class);
    private static final int TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;

    public DatabaseProbe(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public boolean isUp() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException e) {
            LOG.warn("health database=down cause=\"{}\"", e.getMessage());
            return false;
        }
    }
}
