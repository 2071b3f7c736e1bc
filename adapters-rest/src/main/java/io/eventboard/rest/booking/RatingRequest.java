package io.eventboard.rest.booking;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;

/** A score from 1 to 5 and an optional comment. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record RatingRequest(Integer score, String comment) {
}
