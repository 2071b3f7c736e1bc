package io.eventboard.domain.notification;

import io.eventboard.domain.common.Validation;
import io.eventboard.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The external channels a user wants to hear from us on, besides the in-app inbox which is always on: email (to
 * the account's address), a Telegram chat, a webhook. When none is on, notices go to the log channel, the default
 * when nothing else is configured. Blank texts mean "not set".
 */
public record NotificationPreferences(boolean emailEnabled, String telegramChatId, String webhookUrl) {

    public static final NotificationPreferences DEFAULT = new NotificationPreferences(false, null, null);
    public static final int MAX_WEBHOOK_URL = 2_000;

    /** A numeric chat id (groups are negative) or a public channel's {@code @username}. */
    private static final Pattern TELEGRAM_CHAT = Pattern.compile("-?[0-9]{1,20}|@[A-Za-z][A-Za-z0-9_]{4,31}");

    public NotificationPreferences {
        telegramChatId = blankToNull(telegramChatId);
        webhookUrl = blankToNull(webhookUrl);
        new Validation()
                .require(telegramChatId == null || isTelegramChat(telegramChatId), "telegramChatId",
                        "must be a numeric chat id or an @channel name")
                .require(webhookUrl == null || webhookUrl.length() <= MAX_WEBHOOK_URL, "webhookUrl",
                        "must be at most " + MAX_WEBHOOK_URL + " characters")
                .require(webhookUrl == null || webhookUrl.length() > MAX_WEBHOOK_URL
                        || webhookUrl.toLowerCase(Locale.ROOT).startsWith("http://")
                        || webhookUrl.toLowerCase(Locale.ROOT).startsWith("https://"), "webhookUrl",
                        "must be an http or https URL")
                .check();
    }

    public static boolean isTelegramChat(String address) {
        return address != null && TELEGRAM_CHAT.matcher(address).matches();
    }

    /** True when no external channel is on, so that notices go to the log. */
    public boolean noExternalChannel() {
        return !emailEnabled && telegramChatId == null && webhookUrl == null;
    }

    /**
     * Where the user's notices go: the inbox always, then each external channel that is on (email to
     * {@code email}), or the log channel addressed to {@code logName} when none is.
     */
    public List<Recipient> recipients(UserId user, String email, String logName) {
        List<Recipient> recipients = new ArrayList<>();
        recipients.add(Recipient.inbox(user));
        if (emailEnabled && email != null && !email.isBlank()) {
            recipients.add(new Recipient(DeliveryChannel.EMAIL, user, email));
        }
        if (telegramChatId != null) {
            recipients.add(new Recipient(DeliveryChannel.TELEGRAM, user, telegramChatId));
        }
        if (webhookUrl != null) {
            recipients.add(new Recipient(DeliveryChannel.WEBHOOK, user, webhookUrl));
        }
        if (recipients.size() == 1) {
            recipients.add(new Recipient(DeliveryChannel.LOG, user, logName));
        }
        return List.copyOf(recipients);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
