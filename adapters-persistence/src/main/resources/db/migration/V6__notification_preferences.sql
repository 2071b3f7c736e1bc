-- The external channels each user wants to hear on; a user without a row keeps the defaults (inbox and log).
-- Addresses are checked by the application (chat id syntax, the webhook URL policy) before they are stored.
CREATE TABLE notification_preferences (
    user_id          uuid        PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    email_enabled    boolean     NOT NULL DEFAULT false,
    telegram_chat_id text        CHECK (char_length(telegram_chat_id) BETWEEN 1 AND 64),
    webhook_url      text        CHECK (char_length(webhook_url) BETWEEN 1 AND 2000),
    updated_at       timestamptz NOT NULL
);
