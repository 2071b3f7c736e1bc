package io.eventboard.application.provider.status;

import static io.eventboard.application.testing.ExternalEventBuilder.anExternalEvent;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.application.provider.sync.SyncEventsFromProvider.Command;
import io.eventboard.application.provider.sync.SyncReport;
import io.eventboard.application.testing.TestBoard;
import org.junit.jupiter.api.Test;

class ShowProviderStatusTest {

    private final TestBoard board = TestBoard.now();

    private ShowProviderStatus status(ProviderCircuit.State circuit) {
        return new ShowProviderStatus(board.transactions(), board.syncLedger(), () -> circuit, TestBoard.PROVIDER);
    }

    @Test
    void before_any_sync_the_status_names_the_provider_and_its_circuit_only() {
        ProviderStatus status = status(ProviderCircuit.State.CLOSED).show();

        assertThat(status.provider()).isEqualTo(TestBoard.PROVIDER);
        assertThat(status.circuit()).isEqualTo(ProviderCircuit.State.CLOSED);
        assertThat(status.lastSync()).isEmpty();
    }

    @Test
    void after_a_sync_the_status_shows_its_run_and_the_circuit_as_the_breaker_reports_it() {
        board.provider().page(anExternalEvent("a").build());
        SyncReport run = board.syncEventsFromProvider().sync(Command.everything()).value();

        ProviderStatus status = status(ProviderCircuit.State.HALF_OPEN).show();

        assertThat(status.lastSync()).contains(run);
        assertThat(status.circuit()).isEqualTo(ProviderCircuit.State.HALF_OPEN);
        assertThat(run.toString()).isEqualTo("created=1 updated=0 unchanged=0 failed=0");
    }
}
