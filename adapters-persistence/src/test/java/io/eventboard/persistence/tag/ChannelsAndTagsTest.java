package io.eventboard.persistence.tag;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.channel.Channels;
import io.eventboard.domain.tag.Tags;
import io.eventboard.persistence.DatabaseTest;
import io.eventboard.persistence.Given;
import io.eventboard.persistence.testing.DirectSql;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChannelsAndTagsTest extends DatabaseTest {

    @Inject
    Channels channels;
    @Inject
    Tags tags;
    @Inject
    Given given;

    @Test
    void aStoredChannelExistsAndARandomOneDoesNot() {
        ChannelId stored = given.channel("Kotlin User Group");

        assertThat(channels.exists(stored)).isTrue();
        assertThat(channels.exists(new ChannelId(UUID.randomUUID()))).isFalse();
    }

    @Test
    void unknownNamesAreThoseNoTagHas() {
        assertThat(tags.unknown(Set.of("kotlin", "java"))).containsExactlyInAnyOrder("kotlin", "java");

        tags.ensure(Set.of("kotlin"));

        assertThat(tags.unknown(Set.of("kotlin", "java"))).containsExactly("java");
        assertThat(tags.unknown(Set.of())).isEmpty();
    }

    @Test
    void ensureCreatesOnlyWhatIsMissingAndCanBeRepeated() {
        tags.ensure(Set.of("kotlin", "jvm"));
        tags.ensure(Set.of("jvm", "java"));
        tags.ensure(Set.of());

        assertThat(DirectSql.number("SELECT count(*) FROM tags")).isEqualTo(3);
        assertThat(tags.unknown(Set.of("kotlin", "jvm", "java"))).isEmpty();
    }
}
