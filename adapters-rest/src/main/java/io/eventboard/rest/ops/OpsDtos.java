package io.eventboard.rest.ops;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.eventboard.application.notification.reminders.ReminderCounts;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.SweepCounts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The answers of the operations endpoints, in the shapes of seed 000. */
final class OpsDtos {

    private OpsDtos() {
    }

    @Serdeable
    @Schema(name = "StatusSweep", description = "How many events moved along each arrow")
    record StatusSweep(@Schema(example = "2") long scheduledToOngoing,
                       @Schema(example = "1") long ongoingToCompleted,
                       @Schema(example = "3") long totalUpdated) {

        static StatusSweep of(SweepCounts counts) {
            return new StatusSweep(counts.scheduledToOngoing(), counts.ongoingToCompleted(), counts.totalUpdated());
        }
    }

    @Serdeable
    @Schema(name = "ReminderRun", description = "Bookings reminded, and bookings whose reminder could not be "
            + "written (the user has no channel to reach)")
    record ReminderRun(@Schema(example = "5") long remindersSent, @Schema(example = "0") long remindersFailed) {

        static ReminderRun of(ReminderCounts counts) {
            return new ReminderRun(counts.remindersSent(), counts.remindersFailed());
        }
    }

    @Serdeable
    @Schema(name = "EventStatusView", description = "An event's timing and status")
    record EventStatusView(
            UUID id,
            @Schema(example = "Kotlin meetup") String title,
            @Schema(type = "string", allowableValues = {"scheduled", "ongoing", "completed", "cancelled"})
            String status,
            Instant startsAt,
            @Schema(description = "Absent when the event has no set end (it then lasts the default duration)")
            @Nullable Instant endsAt,
            @Nullable UUID channelId) {

        static EventStatusView of(Event event) {
            return new EventStatusView(event.id().value(), event.title(),
                    event.status().name().toLowerCase(Locale.ROOT), event.startsAt(),
                    event.details().end().orElse(null),
                    event.details().channelId().map(channel -> channel.value()).orElse(null));
        }
    }

    @Serdeable
    @Schema(name = "EventStatusList")
    record EventStatusList(@JsonInclude(JsonInclude.Include.ALWAYS) List<EventStatusView> items) {
    }
}
