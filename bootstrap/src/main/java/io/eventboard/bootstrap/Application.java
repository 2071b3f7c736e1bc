package io.eventboard.bootstrap;

import io.micronaut.runtime.Micronaut;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the Eventboard server. Before Micronaut starts, it settles the token signing secret and which database
 * to use (the one in {@code DATASOURCE_URL}, or an embedded one of its own) and checks that it answers, so that
 * a bad setting ends the server with one sentence saying what to fix instead of a stack trace.
 */
public final class Application {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private Application() {
    }

    public static void main(String[] args) {
        Map<String, Object> properties = new HashMap<>();
        try {
            properties.putAll(SecuritySetup.fromEnvironment(System.getenv()));
            properties.putAll(DatabaseSetup.fromEnvironment(System.getenv()).properties());
        } catch (StartupFailure failure) {
            LOG.error("Eventboard cannot start: {}", failure.getMessage());
            System.exit(1);
            return;
        }
        Micronaut.build(args)
                .mainClass(Application.class)
                .properties(properties)
                .banner(false)
                .start();
    }
}
