package io.eventboard.application.notification.dispatch;

import io.eventboard.domain.notification.DeliveryChannel;
import java.util.Map;

/**
 * Port: the outbox by status (across all nodes) and what this node's dispatcher did per channel since it
 * started, for {@code GET /api/admin/notifications/stats}.
 */
public interface DispatchStatistics {

    Snapshot snapshot();

    /** Sent, failed for good and put back for a retry on one channel. */
    record ChannelCounts(long sent, long failed, long retried) {
    }

    record Snapshot(long queued, long sending, long sent, long failed, Map<DeliveryChannel, ChannelCounts> channels) {

        public Snapshot {
            channels = Map.copyOf(channels);
        }
    }
}
