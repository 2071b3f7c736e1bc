package io.eventboard.application.provider.sync;

import io.eventboard.domain.common.Rejection;

/** The stable codes of refusals to sync. */
public final class SyncRefusals {

    public static final Rejection RUNNING = Rejection.conflict("provider.sync-running",
            "Another sync of this provider is running; try again when it has finished.");

    private SyncRefusals() {
    }

    static Rejection accountTaken(String username) {
        return Rejection.conflict("provider.account-taken", "The username " + username + " belongs to a local "
                + "account, so imported events cannot be given to the provider's system account. Rename that "
                + "account or set PROVIDER_NAME to another name.");
    }
}
