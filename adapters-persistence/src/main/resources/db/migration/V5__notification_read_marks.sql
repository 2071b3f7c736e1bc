-- The inbox: when the user read an in-app notification (NULL: unread). The inbox lists a user's in-app
-- notifications newest first; this index serves that listing and its count.
ALTER TABLE notifications ADD COLUMN read_at timestamptz;
CREATE INDEX notifications_in_app_inbox_idx ON notifications (user_id, created_at DESC, id DESC)
    WHERE channel = 'IN_APP';
