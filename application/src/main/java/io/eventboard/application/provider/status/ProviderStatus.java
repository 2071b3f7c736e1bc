package io.eventboard.application.provider.status;

import io.eventboard.application.provider.sync.SyncReport;
import java.util.Optional;

/** What {@code GET /} says about the events provider: its name, its circuit breaker here, its last sync. */
public record ProviderStatus(String provider, ProviderCircuit.State circuit, Optional<SyncReport> lastSync) {
}
