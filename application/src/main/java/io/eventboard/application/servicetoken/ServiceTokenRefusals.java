package io.eventboard.application.servicetoken;

import io.eventboard.domain.common.Rejection;

/** The stable codes of refusals about service tokens. */
public final class ServiceTokenRefusals {

    public static final Rejection NOT_FOUND = Rejection.notFound("service-token.not-found", "No such service token.");
    public static final Rejection ADMINS_ONLY = Rejection.forbidden("service-token.admins-only",
            "Only an admin may manage service tokens.");

    private ServiceTokenRefusals() {
    }
}
