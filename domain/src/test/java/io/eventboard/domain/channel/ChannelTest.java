package io.eventboard.domain.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.domain.common.FieldError;
import io.eventboard.domain.common.InvalidInput;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChannelTest {

    private final ChannelId id = new ChannelId(UUID.randomUUID());

    @Test
    void aChannelNameKeepsItsCaseButLosesSurroundingBlanks() {
        assertThat(new Channel(id, "  Kotlin User Group ").name()).isEqualTo("Kotlin User Group");
        assertThat(new Channel(id, "c".repeat(100)).name()).hasSize(100);
    }

    @Test
    void aNameIsOneToAHundredCharacters() {
        for (String bad : new String[] {null, "", "  ", "c".repeat(101)}) {
            assertThatThrownBy(() -> new Channel(id, bad)).isInstanceOfSatisfying(InvalidInput.class,
                    e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("name"));
        }
        assertThatThrownBy(() -> new Channel(null, "n")).isInstanceOf(NullPointerException.class);
    }
}
