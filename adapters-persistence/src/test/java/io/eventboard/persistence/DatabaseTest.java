package io.eventboard.persistence;

import io.eventboard.persistence.testing.TestDatabase;
import io.eventboard.persistence.testing.UsesTestDatabase;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of this module's database tests: each test starts on the migrated, empty schema. Subclasses carry
 * {@code @MicronautTest(transactional = false)}: the adapters manage their own transactions, and a test-wide
 * transaction would hide exactly the commit and locking behaviour under test.
 */
public abstract class DatabaseTest implements UsesTestDatabase {

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.cleanDatabase();
    }
}
