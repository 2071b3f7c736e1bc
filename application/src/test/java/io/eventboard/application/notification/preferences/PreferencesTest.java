package io.eventboard.application.notification.preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.common.FieldError;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.NotificationPreferences;
import io.eventboard.domain.user.UserAccount;
import io.eventboard.domain.user.UserId;
import org.junit.jupiter.api.Test;

class PreferencesTest {

    private final TestBoard board = TestBoard.now();
    private final UserAccount ann = board.givenAccount("ann", "password-ann");

    @Test
    void untilAUserChoosesThePreferencesAreTheDefaults() {
        assertThat(board.showPreferences().show(ann.id()).value()).isEqualTo(NotificationPreferences.DEFAULT);
    }

    @Test
    void aUserChangesTheirPreferencesAndSeesThemBack() {
        NotificationPreferences chosen = new NotificationPreferences(true, "12345", "https://hooks.example.org/a");

        assertThat(board.changePreferences().change(new ChangePreferences.Command(ann.id(), chosen)).value())
                .isEqualTo(chosen);
        assertThat(board.showPreferences().show(ann.id()).value()).isEqualTo(chosen);
    }

    @Test
    void addressesThePolicyRefusesAreRefusedNamingEachField() {
        board.addressPolicy().refuse(DeliveryChannel.WEBHOOK, "http://127.0.0.1/x", "a loopback address")
                .refuse(DeliveryChannel.TELEGRAM, "999", "unknown chat");

        InvalidInput refusal = catchThrowableOfType(() -> board.changePreferences().change(
                new ChangePreferences.Command(ann.id(), new NotificationPreferences(false, "999",
                        "http://127.0.0.1/x"))), InvalidInput.class);

        assertThat(refusal.errors()).containsExactly(new FieldError("telegramChatId", "unknown chat"),
                new FieldError("webhookUrl", "a loopback address"));
        assertThat(board.preferences().find(ann.id())).isEmpty();
    }

    @Test
    void anAccountThatIsGoneHasNoPreferences() {
        UserId gone = board.aUser();

        assertThat(board.showPreferences().show(gone).rejection().code()).isEqualTo("account.not-found");
        assertThat(board.changePreferences().change(new ChangePreferences.Command(gone,
                NotificationPreferences.DEFAULT)).rejection().code()).isEqualTo("account.not-found");
    }
}
