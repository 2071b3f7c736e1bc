package io.eventboard.domain.event;

import io.eventboard.domain.common.Validation;

/** Marks an event imported from an events provider: upstream owns it, local users may not edit it. */
public record ExternalRef(String provider, String externalId) {

    public ExternalRef {
        new Validation()
                .requireText(provider, "provider", 50)
                .requireText(externalId, "externalId", 200)
                .check();
    }
}
