package io.eventboard.notify.email;

import io.eventboard.application.calendar.CalendarAttachments;
import io.eventboard.application.calendar.CalendarWriter;
import io.eventboard.domain.notification.Delivery;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationKind;
import io.eventboard.domain.notification.NotificationSender;
import io.eventboard.notify.SendLog;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Sends notifications as plain-text email through the SMTP server of {@link SmtpSettings} (Jakarta Mail with
 * Eclipse Angus). Exists only when {@code SMTP_HOST} is set.
 *
 * <p>Failures: a 4xx reply, a refused or dropped connection and a timeout may pass, so they are retryable; a 5xx
 * reply (550 mailbox unavailable, 553 bad address, 535 authentication failed) and an address that is not one are
 * permanent. Each send opens its own connection; the {@code Message-ID} is derived from the notification id, so a
 * retried send that did arrive the first time is recognisable as the same message.
 */
@Singleton
@Requires(property = "smtp.host", pattern = ".*\\S.*")
public final class EmailNotificationSender implements NotificationSender {

    private static final Pattern REPLY_CODE = Pattern.compile("^\\s*([2-5])\\d\\d(?!\\d)");
    private static final String FALLBACK_SUBJECT = "Eventboard notification";
    /** Notices of a booking made, whether the user booked or the waitlist booked for them: both carry the event. */
    private static final Set<NotificationKind> BOOKINGS_MADE =
            EnumSet.of(NotificationKind.BOOKING_CONFIRMED, NotificationKind.WAITLIST_PROMOTED);

    private final SmtpSettings settings;
    private final Session session;
    private final InternetAddress sender;
    private final CalendarAttachments calendars;

    /**
     * A booking confirmation about an event carries the event's calendar file from {@code calendars}; without
     * them (this module used on its own) mails are plain text.
     */
    public EmailNotificationSender(SmtpSettings settings, @Nullable CalendarAttachments calendars) {
        this.calendars = calendars == null ? CalendarAttachments.NONE : calendars;
        if (settings.host() == null) {
            throw new IllegalArgumentException("SMTP_HOST is required for the email channel");
        }
        this.settings = settings;
        String from = settings.sender().orElseThrow(() -> new IllegalArgumentException(
                "SMTP_FROM (or SMTP_FROM_EMAIL, or SMTP_USER) is required for the email channel"));
        try {
            InternetAddress[] parsed = InternetAddress.parse(from, true);
            if (parsed.length != 1 || parsed[0].isGroup()) {
                throw new AddressException("not a single address", from);
            }
            parsed[0].validate();
            this.sender = parsed[0];
        } catch (AddressException e) {
            throw new IllegalArgumentException("SMTP_FROM is not an email address: " + from, e);
        }
        this.session = Session.getInstance(sessionProperties(settings));
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.EMAIL;
    }

    @Override
    public Delivery send(Notification notification) {
        long started = System.nanoTime();
        return SendLog.record(notification, DeliveryChannel.EMAIL, settings.host(), started, deliver(notification));
    }

    private Delivery deliver(Notification notification) {
        InternetAddress to;
        try {
            to = single(notification.recipient().address());
        } catch (AddressException e) {
            return Delivery.permanent("invalid email address: " + e.getMessage());
        }
        try {
            MimeMessage message = new IdentifiedMessage(session, messageId(notification));
            message.setFrom(sender);
            message.setRecipient(Message.RecipientType.TO, to);
            String subject = notification.subject().isBlank() ? FALLBACK_SUBJECT : notification.subject();
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            Optional<String> invitation = BOOKINGS_MADE.contains(notification.kind())
                    ? notification.aboutEvent().flatMap(calendars::forEvent) : Optional.empty();
            if (invitation.isPresent()) {
                message.setContent(withCalendar(notification.body(), invitation.get()));
            } else {
                message.setText(notification.body(), StandardCharsets.UTF_8.name());
            }
            message.setSentDate(new Date());
            message.saveChanges();
            try (Transport transport = session.getTransport(settings.protocol())) {
                transport.connect(settings.host(), settings.port(), settings.user(), settings.password());
                transport.sendMessage(message, message.getAllRecipients());
            }
            return Delivery.delivered();
        } catch (MessagingException e) {
            return classify(e);
        } catch (RuntimeException e) {
            return Delivery.retryable("smtp send failed: " + e.getClass().getSimpleName());
        }
    }

    /** The text, and the event's calendar file as an attachment mail programs offer to add to the calendar. */
    private static MimeMultipart withCalendar(String body, String ics) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body, StandardCharsets.UTF_8.name());
        MimeBodyPart calendar = new MimeBodyPart();
        calendar.setContent(ics, CalendarWriter.MEDIA_TYPE + "; charset=UTF-8; method=PUBLISH");
        calendar.setFileName("event.ics");
        return new MimeMultipart(text, calendar);
    }

    /** How a failed SMTP exchange is reported; see the class comment. */
    static Delivery classify(MessagingException error) {
        Optional<SMTPAddressFailedException> recipient = next(error, SMTPAddressFailedException.class);
        if (recipient.isPresent()) {
            return byReplyCode(recipient.get().getReturnCode(), "smtp refused the recipient: ",
                    recipient.get().getMessage());
        }
        Optional<SMTPSenderFailedException> senderRefused = next(error, SMTPSenderFailedException.class);
        if (senderRefused.isPresent()) {
            return byReplyCode(senderRefused.get().getReturnCode(), "smtp refused the sender: ",
                    senderRefused.get().getMessage());
        }
        Optional<SMTPSendFailedException> sendFailed = next(error, SMTPSendFailedException.class);
        if (sendFailed.isPresent()) {
            return byReplyCode(sendFailed.get().getReturnCode(), "smtp refused the message: ",
                    sendFailed.get().getMessage());
        }
        String message = oneLine(error.getMessage());
        Matcher code = REPLY_CODE.matcher(message);
        if (error instanceof AuthenticationFailedException) {
            // 535 wrong credentials is permanent until an operator fixes them; 454 is a temporary failure
            boolean temporary = code.find() && code.group(1).equals("4");
            return new Delivery.Failed("smtp authentication failed: " + message, temporary, null);
        }
        if (code.find()) {
            return byReplyCode(Integer.parseInt(code.group().trim()), "smtp error: ", message);
        }
        if (causedBy(error, UnknownHostException.class)) {
            return Delivery.retryable("smtp host unknown: " + message);
        }
        if (causedBy(error, IOException.class)) {
            return Delivery.retryable("smtp connection failed: " + message + " (" + rootMessage(error) + ")");
        }
        return Delivery.retryable("smtp error: " + message);
    }

    private static Delivery byReplyCode(int code, String prefix, String message) {
        String error = prefix + oneLine(message);
        return code >= 400 && code < 500 ? Delivery.retryable(error)
                : code >= 500 ? Delivery.permanent(error) : Delivery.retryable(error);
    }

    private static <T extends Exception> Optional<T> next(MessagingException error, Class<T> type) {
        Exception current = error;
        for (int depth = 0; current != null && depth < 10; depth++) {
            if (type.isInstance(current)) {
                return Optional.of(type.cast(current));
            }
            current = current instanceof MessagingException messaging ? messaging.getNextException() : null;
        }
        return Optional.empty();
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : oneLine(root.getMessage());
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").trim();
    }

    /** Exactly one plain address, strictly parsed: no lists, no groups, no display name tricks. */
    private static InternetAddress single(String address) throws AddressException {
        if (address == null || address.isBlank()) {
            throw new AddressException("no address");
        }
        InternetAddress[] parsed = InternetAddress.parse(address.trim(), true);
        if (parsed.length != 1 || parsed[0].isGroup() || parsed[0].getAddress().indexOf('@') < 1) {
            throw new AddressException("not a single address", address);
        }
        parsed[0].validate();
        return new InternetAddress(parsed[0].getAddress(), true);
    }

    private String messageId(Notification notification) {
        String address = sender.getAddress();
        return "<" + notification.id() + "@" + address.substring(address.indexOf('@') + 1) + ">";
    }

    private static Properties sessionProperties(SmtpSettings settings) {
        String p = "mail." + settings.protocol() + ".";
        String timeout = String.valueOf(Math.max(1, settings.timeout().toMillis()));
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", settings.protocol());
        properties.put(p + "host", settings.host());
        properties.put(p + "port", String.valueOf(settings.port()));
        properties.put(p + "connectiontimeout", timeout);
        properties.put(p + "timeout", timeout);
        properties.put(p + "writetimeout", timeout);
        properties.put(p + "auth", String.valueOf(settings.user() != null));
        if (settings.useSsl() || settings.useTls()) {
            properties.put(p + "ssl.checkserveridentity", "true");
        }
        if (!settings.useSsl() && settings.useTls()) {
            properties.put(p + "starttls.enable", "true");
            properties.put(p + "starttls.required", "true");
        }
        return properties;
    }

    /** A message whose {@code Message-ID} is ours rather than a random one. */
    private static final class IdentifiedMessage extends MimeMessage {

        private final String messageId;

        IdentifiedMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
