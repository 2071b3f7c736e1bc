package io.eventboard.persistence.user;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code users} as Micronaut Data reads it; the role is its upper-case name. */
@MappedEntity("users")
record UserRow(@Id UUID id, String username, String email, String passwordHash, String role, boolean enabled,
               Instant createdAt) {
}
