-- Every notification row is written three times (queued, claimed, recorded), none of them a HOT update, so each
-- index on notifications costs three entries per notification. notifications_inbox_idx (V1) served the inbox
-- before V5 gave the in-app inbox its own partial index; since then it only helps deleting a user (ON DELETE SET
-- NULL), which Eventboard never does. Dispatch pays for it on every send, so it goes.
DROP INDEX notifications_inbox_idx;
