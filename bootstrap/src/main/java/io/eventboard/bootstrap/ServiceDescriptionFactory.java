package io.eventboard.bootstrap;

import io.eventboard.application.status.ServiceDescription;
import io.eventboard.bootstrap.jobs.BackgroundJob;
import io.eventboard.bootstrap.jobs.BackgroundJobs;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** What {@code GET /} says about this node. */
@Factory
public class ServiceDescriptionFactory {

    @Singleton
    ServiceDescription serviceDescription(EventboardSettings settings, BackgroundJobs jobs) {
        Map<String, Duration> intervals = new LinkedHashMap<>();
        for (BackgroundJob<?> job : jobs.jobs()) {
            intervals.put(job.name(), job.interval());
        }
        return new ServiceDescription("Eventboard", version(), settings.role(), intervals);
    }

    /** The project version, written into version.properties by the build. */
    private static String version() {
        Properties properties = new Properties();
        try (InputStream in = ServiceDescriptionFactory.class.getResourceAsStream("/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read version.properties", e);
        }
        return properties.getProperty("eventboard.version", "unknown");
    }
}
