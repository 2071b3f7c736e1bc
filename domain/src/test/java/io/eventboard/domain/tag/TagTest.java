package io.eventboard.domain.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.domain.common.FieldError;
import io.eventboard.domain.common.InvalidInput;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TagTest {

    private final TagId id = new TagId(UUID.randomUUID());

    @Test
    void aTagNameIsKeptTrimmedAndLowerCaseLikeEveryTagName() {
        assertThat(new Tag(id, "  Kotlin\t").name()).isEqualTo("kotlin");
        assertThat(Tag.normalizeName(" JVM ")).isEqualTo("jvm");
    }

    @Test
    void aNameIsOneToFiftyCharactersOnceTrimmed() {
        assertThat(new Tag(id, " " + "x".repeat(50) + " ").name()).hasSize(50);
        assertRefused(" ");
        assertRefused(null);
        assertRefused("x".repeat(51));
    }

    @Test
    void aTagNeedsAnId() {
        assertThatThrownBy(() -> new Tag(null, "java")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new TagId(null)).isInstanceOf(NullPointerException.class);
        assertThat(id).hasToString(id.value().toString());
    }

    private void assertRefused(String name) {
        assertThatThrownBy(() -> new Tag(id, name)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("name"));
    }
}
