package io.eventboard.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationTest {

    @Test
    void everyBrokenRuleIsCollectedBeforeRefusing() {
        Validation validation = new Validation()
                .require(false, "a", "is wrong")
                .requireText(" ", "b", 5)
                .requireText("toolong", "c", 5)
                .requirePresent(null, "d")
                .require(true, "e", "is fine")
                .requireText("ok", "f", 5)
                .requirePresent("x", "g");

        assertThatThrownBy(validation::check).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.errors()).containsExactly(new FieldError("a", "is wrong"),
                    new FieldError("b", "must not be blank"), new FieldError("c", "must be at most 5 characters"),
                    new FieldError("d", "is required"));
            assertThat(e).hasMessage("invalid input: a is wrong; b must not be blank; c must be at most 5 characters;"
                    + " d is required;");
        });
    }

    @Test
    void noBrokenRuleNoRefusal() {
        assertThatNoException().isThrownBy(() -> new Validation().require(true, "a", "m").check());
    }

    @Test
    void anInvalidInputNamesAtLeastOneField() {
        assertThatThrownBy(() -> new InvalidInput(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(InvalidInput.of("f", "m").errors()).containsExactly(new FieldError("f", "m"));
    }
}
