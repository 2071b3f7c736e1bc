package io.eventboard.application.status;

import java.time.Duration;
import java.util.Map;

/**
 * What the service says about itself at {@code GET /} (seed 002): its name, version, the role of this node
 * (api, worker or all) and how often each background job runs.
 */
public record ServiceDescription(String name, String version, String role, Map<String, Duration> jobIntervals) {

    public ServiceDescription {
        jobIntervals = Map.copyOf(jobIntervals);
    }
}
