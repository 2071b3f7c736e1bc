package io.eventboard.application.status;

import java.time.Instant;

/** The last run of one background job on this node: when, what it did (or why it failed), how long it took. */
public record JobRun(String job, Instant at, boolean succeeded, String outcome, long durationMillis) {
}
