-- The reads of the admin panel (GET /api/admin/notifications, .../hourly, /api/admin/dashboard,
-- GET /api/events/{id}/bookings). Each index serves one of them as a range scan, so the panel stays cheap on a
-- large outbox. The outbox is write-heavy (every delivery changes a row two or three times), so only one index
-- covers all its rows; the others are partial and hold just the rows their read asks for.

-- All notifications, newest first (ties by id), so pages never overlap. Filters by channel, or by the statuses
-- that are recent anyway (queued, sending, sent), walk it and skip the rest.
CREATE INDEX notifications_created_idx ON notifications (created_at DESC, id DESC);
-- Failed ones are rare and old among many: listed newest first, and counted per hour by their last change
-- (when they failed for good).
CREATE INDEX notifications_failed_created_idx ON notifications (created_at DESC, id DESC) WHERE status = 'FAILED';
CREATE INDEX notifications_failed_at_idx ON notifications (updated_at) WHERE status = 'FAILED';
-- Sent per hour.
CREATE INDEX notifications_sent_at_idx ON notifications (sent_at) WHERE status = 'SENT';

-- Bookings made today (the dashboard) and an event's attendee list, oldest first. The list's index also serves
-- the ON DELETE CASCADE from events, which the unique index on active bookings alone could not.
CREATE INDEX bookings_created_idx ON bookings (created_at);
CREATE INDEX bookings_event_created_idx ON bookings (event_id, created_at, id);
