package io.eventboard.application.notification.reminders;

/** The seed's answer to "send reminders": bookings reminded, and bookings whose reminder could not be written. */
public record ReminderCounts(long remindersSent, long remindersFailed) {
}
