package io.eventboard.application.provider.status;

import io.eventboard.application.provider.sync.SyncLedger;
import io.eventboard.domain.common.Transactions;

/** The provider's circuit breaker on this server and its last sync run on any server. */
public final class ShowProviderStatus {

    private final Transactions transactions;
    private final SyncLedger ledger;
    private final ProviderCircuit circuit;
    private final String provider;

    public ShowProviderStatus(Transactions transactions, SyncLedger ledger, ProviderCircuit circuit, String provider) {
        this.transactions = transactions;
        this.ledger = ledger;
        this.circuit = circuit;
        this.provider = provider;
    }

    public ProviderStatus show() {
        return new ProviderStatus(provider, circuit.state(),
                transactions.inTransaction(() -> ledger.lastRun(provider)));
    }
}
