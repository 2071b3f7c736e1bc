package io.eventboard.domain.user;

public enum Role {
    USER,
    ADMIN
}
