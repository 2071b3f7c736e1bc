package io.eventboard.persistence.channel;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.domain.catalog.NameTaken;
import io.eventboard.domain.catalog.StillReferenced;
import io.eventboard.domain.channel.Channel;
import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.channel.Channels;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.common.Transactions;
import io.eventboard.persistence.DatabaseTest;
import io.eventboard.persistence.Given;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What admins do to channels, on PostgreSQL: its unique index on lower(name) and the foreign key from events. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresChannelsCatalogTest extends DatabaseTest {

    @Inject
    Channels channels;
    @Inject
    Transactions transactions;
    @Inject
    Given given;

    private Channel added(String name) {
        Channel channel = new Channel(new ChannelId(UUID.randomUUID()), name);
        channels.add(channel);
        return channel;
    }

    @Test
    void anAddedChannelIsFoundAndLockedByItsId() {
        Channel kotlin = added("Kotlin User Group");

        assertThat(channels.findById(kotlin.id())).contains(kotlin);
        assertThat(channels.exists(kotlin.id())).isTrue();
        assertThat(transactions.inTransaction(() -> channels.lockById(kotlin.id()))).contains(kotlin);
        assertThat(channels.findById(new ChannelId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void aNameIsTakenByAnotherChannelWhateverItsCase() {
        Channel kotlin = added("Kotlin");
        Channel java = added("Java");

        assertThat(channels.nameTaken(new Channel(new ChannelId(UUID.randomUUID()), "KOTLIN"))).isTrue();
        assertThat(channels.nameTaken(new Channel(kotlin.id(), "kotlin"))).isFalse();
        assertThatThrownBy(() -> added("kotlin")).isInstanceOf(NameTaken.class);
        assertThatThrownBy(() -> channels.update(new Channel(java.id(), "KOTLIN"))).isInstanceOf(NameTaken.class);

        channels.update(new Channel(java.id(), "JVM"));
        assertThat(channels.findById(java.id())).contains(new Channel(java.id(), "JVM"));
    }

    @Test
    void aChannelIsInUseWhileEventsArePublishedInItAndTheForeignKeyKeepsIt() {
        ChannelId used = given.channel("Kotlin");
        Channel unused = added("Java");
        given.event(anEvent().inChannel(used));

        assertThat(channels.inUse(used)).isTrue();
        assertThat(channels.inUse(unused.id())).isFalse();
        assertThatThrownBy(() -> channels.delete(used)).isInstanceOf(StillReferenced.class);
        assertThat(channels.exists(used)).isTrue();

        channels.delete(unused.id());
        assertThat(channels.exists(unused.id())).isFalse();
    }

    @Test
    void channelsAreListedByNameIgnoringCase() {
        added("kotlin");
        added("Java");
        added("android");

        assertThat(channels.list(PageRequest.first()).items()).extracting(Channel::name)
                .containsExactly("android", "Java", "kotlin");
        assertThat(channels.list(new PageRequest(2, 2)).items()).extracting(Channel::name).containsExactly("kotlin");
        assertThat(channels.list(new PageRequest(2, 2)).total()).isEqualTo(3);
    }
}
