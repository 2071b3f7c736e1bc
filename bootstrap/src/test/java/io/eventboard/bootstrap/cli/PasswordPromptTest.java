package io.eventboard.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PasswordPromptTest {

    private final ByteArrayOutputStream prompts = new ByteArrayOutputStream();

    private PasswordPrompt withoutTerminal(String stdin) {
        return new PasswordPrompt(null, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(prompts, true, StandardCharsets.UTF_8));
    }

    @Test
    void withoutATerminalTheFirstLineOfStandardInputIsThePassword() {
        assertThat(withoutTerminal("s3cret password\nignored\n").ask("Password: ")).contains("s3cret password");
        assertThat(prompts.toString(StandardCharsets.UTF_8))
                .isEqualTo("Password: (reading one line from standard input)" + System.lineSeparator());
    }

    @Test
    void aLastLineWithoutLineEndCountsAndSpacesInsideThePasswordStay() {
        assertThat(withoutTerminal("  two words  ").ask("? ")).contains("  two words  ");
    }

    @Test
    void nothingOrABlankLineIsNoPassword() {
        assertThat(withoutTerminal("").ask("? ")).isEmpty();
        assertThat(withoutTerminal("   \n").ask("? ")).isEmpty();
    }
}
