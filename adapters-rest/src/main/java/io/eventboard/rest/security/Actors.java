package io.eventboard.rest.security;

import io.eventboard.domain.user.Actor;
import io.eventboard.domain.user.Role;
import io.eventboard.domain.user.UserId;
import io.micronaut.security.authentication.Authentication;

/** Who is calling, in domain terms: the JWT's subject is the user id, its roles the user's role. */
public final class Actors {

    public static final String ADMIN = "ADMIN";
    public static final String USER = "USER";

    private Actors() {
    }

    public static Actor of(Authentication authentication) {
        Role role = authentication.getRoles().contains(ADMIN) ? Role.ADMIN : Role.USER;
        return new Actor(UserId.of(authentication.getName()), role);
    }

    public static UserId userId(Authentication authentication) {
        return UserId.of(authentication.getName());
    }
}
