package io.eventboard.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.domain.common.FieldError;
import io.eventboard.domain.common.InvalidInput;
import org.junit.jupiter.api.Test;

class ExternalRefTest {

    @Test
    void providerAndExternalIdAreRequiredAndLimited() {
        assertThatThrownBy(() -> new ExternalRef(" ", null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("provider", "externalId"));
        assertThatThrownBy(() -> new ExternalRef("p".repeat(51), "x".repeat(201)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("provider", "externalId"));
        assertThat(new ExternalRef("p".repeat(50), "x".repeat(200)).provider()).hasSize(50);
    }
}
