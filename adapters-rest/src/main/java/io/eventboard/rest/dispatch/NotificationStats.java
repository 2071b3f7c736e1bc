package io.eventboard.rest.dispatch;

import io.eventboard.application.notification.dispatch.DispatchStatistics;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outbox by status (all nodes, refreshed at most every few seconds) and what this node's dispatcher stored
 * per channel since it started: the numbers of the {@code eventboard.notifications.*} metrics.
 */
@Serdeable
@Schema(name = "NotificationStats")
public record NotificationStats(
        @Schema(description = "Waiting to be sent (due or scheduled)", example = "12") long queued,
        @Schema(description = "Claimed by a dispatcher, being sent", example = "3") long sending,
        @Schema(description = "Delivered", example = "4210") long sent,
        @Schema(description = "Failed for good", example = "7") long failed,
        @Schema(description = "Per channel (EMAIL, TELEGRAM, WEBHOOK, LOG, IN_APP), since this node started")
        Map<String, ChannelStats> channels) {

    /** Outcomes on one channel since this node started. */
    @Serdeable
    @Schema(name = "ChannelStats")
    public record ChannelStats(@Schema(example = "4200") long sent, @Schema(example = "2") long failed,
                               @Schema(example = "9") long retried) {
    }

    static NotificationStats of(DispatchStatistics.Snapshot snapshot) {
        Map<String, ChannelStats> channels = new TreeMap<>();
        snapshot.channels().forEach((channel, counts) -> channels.put(channel.name(),
                new ChannelStats(counts.sent(), counts.failed(), counts.retried())));
        return new NotificationStats(snapshot.queued(), snapshot.sending(), snapshot.sent(), snapshot.failed(),
                channels);
    }
}
