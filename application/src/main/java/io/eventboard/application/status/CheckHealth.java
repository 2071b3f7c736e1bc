package io.eventboard.application.status;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Asks every probe and sums the answers up. */
public final class CheckHealth {

    private final List<HealthProbe> probes;

    public CheckHealth(List<HealthProbe> probes) {
        this.probes = List.copyOf(probes);
    }

    public HealthReport check() {
        Map<String, String> components = new TreeMap<>();
        boolean allUp = true;
        for (HealthProbe probe : probes) {
            boolean up = probe.isUp();
            allUp &= up;
            components.put(probe.name(), up ? "up" : "down");
        }
        return new HealthReport(allUp ? "ok" : "degraded", components);
    }
}
