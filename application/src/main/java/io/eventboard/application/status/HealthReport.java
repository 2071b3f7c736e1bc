package io.eventboard.application.status;

import java.util.Map;

/** The service's health: {@code ok} when every part is up, {@code degraded} otherwise, and each part's state. */
public record HealthReport(String status, Map<String, String> components) {

    public HealthReport {
        components = Map.copyOf(components);
    }

    public boolean isOk() {
        return "ok".equals(status);
    }
}
