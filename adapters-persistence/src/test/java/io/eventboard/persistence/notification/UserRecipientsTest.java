package io.eventboard.persistence.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.eventboard.application.notification.preferences.PreferenceStore;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.NotificationPreferences;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.notification.Recipient;
import io.eventboard.domain.notification.Recipients;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.DatabaseTest;
import io.eventboard.persistence.Given;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserRecipientsTest extends DatabaseTest {

    @Inject
    Recipients recipients;
    @Inject
    Given given;
    @Inject
    PreferenceStore preferences;

    @Test
    void aUserHearsInTheInboxAndOnTheLogChannelByUsername() {
        UserId ann = given.user("ann");

        assertThat(recipients.of(ann))
                .containsExactly(Recipient.inbox(ann), new Recipient(DeliveryChannel.LOG, ann, "ann"));
    }

    @Test
    void anUnknownUserHasNoRecipients() {
        assertThat(recipients.of(new UserId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void eachExternalChannelTheUserChoseReplacesTheLog() {
        UserId ann = given.user("ann");
        preferences.save(ann, new NotificationPreferences(true, "4242", "https://hooks.example.org/ann"),
                TestTime.NOW);

        assertThat(recipients.of(ann)).containsExactly(Recipient.inbox(ann),
                new Recipient(DeliveryChannel.EMAIL, ann, "ann@example.org"),
                new Recipient(DeliveryChannel.TELEGRAM, ann, "4242"),
                new Recipient(DeliveryChannel.WEBHOOK, ann, "https://hooks.example.org/ann"));
    }

    @Test
    void preferencesWithEveryExternalChannelOffKeepTheLog() {
        UserId ann = given.user("ann");
        preferences.save(ann, NotificationPreferences.DEFAULT, TestTime.NOW);

        assertThat(recipients.of(ann))
                .containsExactly(Recipient.inbox(ann), new Recipient(DeliveryChannel.LOG, ann, "ann"));
    }

    @Test
    void manyUsersAreLookedUpAtOnceEachWithTheirOwnChannels() {
        UserId ann = given.user("ann");
        UserId bob = given.user("bob");
        UserId gone = new UserId(UUID.randomUUID());
        preferences.save(bob, new NotificationPreferences(false, "77", null), TestTime.NOW);

        assertThat(recipients.ofAll(List.of(ann, bob, gone, ann))).containsOnly(
                entry(ann, List.of(Recipient.inbox(ann), new Recipient(DeliveryChannel.LOG, ann, "ann"))),
                entry(bob, List.of(Recipient.inbox(bob), new Recipient(DeliveryChannel.TELEGRAM, bob, "77"))),
                entry(gone, List.of()));
    }
}
