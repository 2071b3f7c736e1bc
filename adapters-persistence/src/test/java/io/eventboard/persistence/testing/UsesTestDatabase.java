package io.eventboard.persistence.testing;

import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;

/**
 * Implement this in a {@code @MicronautTest} class (with {@code @TestInstance(PER_CLASS)}, which Micronaut
 * requires for property providers) to run its application context on the {@link TestDatabase}.
 */
public interface UsesTestDatabase extends TestPropertyProvider {

    @Override
    default Map<String, String> getProperties() {
        return TestDatabase.properties();
    }
}
