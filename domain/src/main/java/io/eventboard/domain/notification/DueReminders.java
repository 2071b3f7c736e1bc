package io.eventboard.domain.notification;

import java.time.Instant;
import java.util.List;

/** Port: bookings whose reminder is due. */
public interface DueReminders {

    /**
     * Claims at most {@code limit} active bookings of scheduled events that start after {@code now} and no later
     * than {@code now + policy.lead()}, and whose reminder for the event's current start time has not been
     * written yet; records them as reminded for that start and returns them. Bookings another worker holds are
     * skipped. Run it in the transaction that writes the reminders: if they are not written, neither is the mark.
     */
    List<DueReminder> claim(Instant now, ReminderPolicy policy, int limit);
}
