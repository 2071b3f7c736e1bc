package io.eventboard.bootstrap.http.errors;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** Test-only endpoints that fail on purpose, to see what clients get. Exists only in the test environment. */
@Requires(env = Environment.TEST)
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/test/probe")
public class ProbeController {

    static final String UNREACHABLE_DATABASE = "jdbc:postgresql://127.0.0.1:1/eventboard?connectTimeout=2";
    static final String SECRET_DETAIL = "connection to jdbc:postgresql://db:5432/prod as admin/hunter2 failed";

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Typed(String title, int capacity, Instant startsAt, List<String> tags, Nested venue) {
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Nested(String name, int seats) {
    }

    @Post("/typed")
    public Typed typed(@Body Typed body) {
        return body;
    }

    @Get("/boom")
    public String boom() {
        throw new IllegalStateException(SECRET_DETAIL);
    }

    /** What the PostgreSQL driver throws when nothing listens where the database should be, wrapped on its way up. */
    @Get("/database-down")
    public String databaseDown() {
        try (Connection connection = DriverManager.getConnection(UNREACHABLE_DATABASE)) {
            return "reached " + connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException("Failed to obtain JDBC Connection", e);
        }
    }
}
