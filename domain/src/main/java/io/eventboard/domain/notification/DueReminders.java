package io.eventboard.domain.notification;

import java.time.Instant;
import java.util.List;

/** Port: bookings whose reminder is due. */
public interface DueReminders {

    /**
     * Claims at most {@code limit} active bookings of scheduled events that start after {@code now} and no later
     * than {@code now + policy.lead()}, and whose reminder for the event's current start time has not been
     * written yet; records them as reminded for that start and returns them in {@link DueReminder#CLAIM_ORDER}.
     * Bookings another worker holds are skipped. Run it in the transaction that writes the reminders: if they are
     * not written, neither is the mark.
     *
     * <p>{@code after} (null: from the start) is the last reminder of the previous batch of the same run: only
     * bookings after it in claim order are looked at, so a run does not walk again the bookings its earlier
     * batches reminded. One that a batch skipped because another worker held it, and that worker then gave up,
     * is not lost: the next run finds it.
     */
    List<DueReminder> claim(Instant now, ReminderPolicy policy, int limit, DueReminder after);

    default List<DueReminder> claim(Instant now, ReminderPolicy policy, int limit) {
        return claim(now, policy, limit, null);
    }
}
