package io.eventboard.persistence.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.application.notification.preferences.PreferenceStore;
import io.eventboard.domain.notification.NotificationPreferences;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.DatabaseTest;
import io.eventboard.persistence.Given;
import io.eventboard.persistence.testing.DirectSql;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresPreferenceStoreTest extends DatabaseTest {

    @Inject
    PreferenceStore store;
    @Inject
    Given given;

    @Test
    void aUserWhoNeverChoseHasNoRow() {
        assertThat(store.find(given.user("ann"))).isEmpty();
    }

    @Test
    void preferencesAreStoredAndReplacedWhole() throws Exception {
        UserId ann = given.user("ann");
        store.save(ann, new NotificationPreferences(true, "-100123", "https://hooks.example.org/a"), TestTime.NOW);
        store.save(ann, new NotificationPreferences(false, "@eventboard", null), TestTime.NOW.plus(Duration.ofMinutes(1)));

        assertThat(store.find(ann)).contains(new NotificationPreferences(false, "@eventboard", null));
        assertThat(DirectSql.number("SELECT count(*) FROM notification_preferences")).isEqualTo(1);
    }

    @Test
    void preferencesGoWithTheirUser() throws Exception {
        UserId ann = given.user("ann");
        store.save(ann, new NotificationPreferences(true, null, null), TestTime.NOW);

        DirectSql.execute("DELETE FROM users WHERE id = ?", ann.value());

        assertThat(store.find(ann)).isEmpty();
    }
}
