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
import java.time.Instant;
import java.util.List;

/** Test-only endpoints that fail on purpose, to see what clients get. Exists only in the test environment. */
@Requires(env = Environment.TEST)
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/test/probe")
public class ProbeController {

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
}
