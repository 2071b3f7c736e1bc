package io.eventboard.domain.notification;

import java.time.Instant;
import java.util.List;

/** Port: bookings whose reminder is due. */
public interface DueReminders {

    /**
     * Locks and returns at most {@code limit} active bookings of scheduled events that start after {@code now}
     * and no later than {@code now + policy.lead()}, and whose reminder for the event's current start time has
     * not been written yet. Bookings another worker holds are skipped.
     */
    List<DueReminder> claim(Instant now, ReminderPolicy policy, int limit);

    /** Records that the reminders of these bookings were written for their event's current start time. */
    void markReminded(List<DueReminder> reminders);
}
