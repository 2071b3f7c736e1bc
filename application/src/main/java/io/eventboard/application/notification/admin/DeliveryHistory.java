package io.eventboard.application.notification.admin;

import io.eventboard.application.notification.admin.DeliveryLog.HourlyDeliveries;
import io.eventboard.domain.common.Validation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Sent and failed notifications per hour over the last hours, the current (unfinished) hour last. */
public final class DeliveryHistory {

    public static final int MAX_HOURS = 168;

    private final DeliveryLog log;
    private final Clock clock;

    public DeliveryHistory(DeliveryLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** {@code hours} entries (1 to {@value #MAX_HOURS}), one per UTC hour, ending with the current one. */
    public List<HourlyDeliveries> lastHours(int hours) {
        new Validation().require(hours >= 1 && hours <= MAX_HOURS, "hours", "must be between 1 and " + MAX_HOURS)
                .check();
        Instant now = clock.instant();
        return log.perHour(now.minus(Duration.ofHours(hours - 1L)), now);
    }
}
