package io.eventboard.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.eventboard.domain.common.InvalidInput;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void passwordsOfEightTo128CharactersAreAccepted() {
        qt().forAll(strings().allPossible().ofLengthBetween(8, 128))
                .checkAssert(password -> assertThatCode(() -> PasswordPolicy.require(password)).doesNotThrowAnyException());
    }

    @Test
    void shorterOrLongerPasswordsAreRefusedNamingThePasswordField() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 7))
                .checkAssert(password -> assertThatThrownBy(() -> PasswordPolicy.require(password))
                        .isInstanceOfSatisfying(InvalidInput.class,
                                e -> assertThat(e.errors().get(0).field())
                                        .isEqualTo("password")));
        assertThatThrownBy(() -> PasswordPolicy.require("x".repeat(129))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> PasswordPolicy.require(null)).isInstanceOf(InvalidInput.class);
    }
}
