package io.eventboard.application.notification.reminders;

import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.notification.DueReminder;
import io.eventboard.domain.notification.DueReminders;
import io.eventboard.domain.notification.Notices;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.Outbox;
import io.eventboard.domain.notification.Recipient;
import io.eventboard.domain.notification.Recipients;
import io.eventboard.domain.notification.ReminderPolicy;
import io.eventboard.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes one reminder per active booking of every event that starts within the reminder lead. Each batch is
 * claimed with row locks and marked in the same transaction as its notices, so instances running side by side
 * never remind a booking twice, and the outbox dedupe key guards against anything that slips through. Each batch
 * goes on after the last booking of the one before (in claim order), instead of looking again at every due
 * booking of the run.
 */
public final class EnqueueDueReminders {

    private final Transactions transactions;
    private final DueReminders dueReminders;
    private final Recipients recipients;
    private final Outbox outbox;
    private final ReminderPolicy policy;
    private final int batchSize;
    private final Clock clock;

    public EnqueueDueReminders(Transactions transactions, DueReminders dueReminders, Recipients recipients,
                               Outbox outbox, ReminderPolicy policy, int batchSize, Clock clock) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive: " + batchSize);
        }
        this.transactions = transactions;
        this.dueReminders = dueReminders;
        this.recipients = recipients;
        this.outbox = outbox;
        this.policy = policy;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    public ReminderCounts enqueue() {
        Instant now = clock.instant();
        ReminderCounts total = new ReminderCounts(0, 0);
        Batch batch = null;
        do {
            DueReminder after = batch == null ? null : batch.last();
            batch = transactions.inTransaction(() -> remindBatch(now, after));
            total = new ReminderCounts(total.remindersSent() + batch.counts().remindersSent(),
                    total.remindersFailed() + batch.counts().remindersFailed());
        } while (batch.claimed() == batchSize);
        return total;
    }

    /** One batch's outcome; {@code last} is where the next batch of the run goes on from. */
    private record Batch(int claimed, ReminderCounts counts, DueReminder last) {
    }

    private Batch remindBatch(Instant now, DueReminder after) {
        List<DueReminder> due = dueReminders.claim(now, policy, batchSize, after);
        Map<UserId, List<Recipient>> channels = recipients.ofAll(due.stream().map(DueReminder::user).toList());
        Notices.Reminders reminders = new Notices.Reminders(now);
        List<Notification> notices = new ArrayList<>();
        long failed = 0;
        for (DueReminder reminder : due) {
            List<Notification> forBooking = reminders.remind(channels.get(reminder.user()), reminder);
            if (forBooking.isEmpty()) {
                failed++; // nobody to tell: the user has no channel we can reach
            }
            notices.addAll(forBooking);
        }
        if (!notices.isEmpty()) {
            outbox.enqueue(notices);
        }
        return new Batch(due.size(), new ReminderCounts(due.size() - failed, failed),
                due.isEmpty() ? after : due.get(due.size() - 1));
    }
}
