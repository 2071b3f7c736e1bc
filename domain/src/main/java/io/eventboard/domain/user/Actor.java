package io.eventboard.domain.user;

import java.util.Objects;

/** Who is asking: the rules differ for the organizer of an event, an admin and everyone else. */
public record Actor(UserId id, Role role) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
    }

    public static Actor user(UserId id) {
        return new Actor(id, Role.USER);
    }

    public static Actor admin(UserId id) {
        return new Actor(id, Role.ADMIN);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
