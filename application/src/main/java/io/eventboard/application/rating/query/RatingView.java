package io.eventboard.application.rating.query;

import java.time.Instant;
import java.util.UUID;

/** One rating as others read it: who gave it, the score and the comment. */
public record RatingView(UUID eventId, UUID userId, String username, int score, String comment, Instant createdAt,
                         Instant updatedAt) {
}
