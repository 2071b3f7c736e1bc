package io.eventboard.notify.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.eventboard.domain.notification.Delivery;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notification;
import io.eventboard.notify.LogCapture;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.notification.NotificationId;
import io.eventboard.domain.notification.NotificationKind;
import io.eventboard.domain.notification.Recipient;
import io.eventboard.domain.testdata.TestTime;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import io.eventboard.notify.TestNotifications;
import io.eventboard.application.calendar.CalendarAttachments;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The email sender against GreenMail (a real SMTP server in process) and, for the replies GreenMail never gives, a fake one. */
class EmailNotificationSenderTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String FROM = "Eventboard <noreply@eventboard.test>";

    @Test
    void sendsThePlainTextMessageFromTheConfiguredSender() throws Exception {
        Notification notification = TestNotifications.to(DeliveryChannel.EMAIL, "ada@example.org",
                "Booking confirmed: Jazz night \u266b", "Your seat at \"Jazz night\" is booked.\nSee you there \u2014 Eventboard");

        assertThat(sender(GREEN_MAIL.getSmtp().getPort()).send(notification)).isEqualTo(Delivery.delivered());

        MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage message = received[0];
        assertThat(message.getSubject()).isEqualTo("Booking confirmed: Jazz night \u266b");
        assertThat(message.getContent()).asString().isEqualToIgnoringNewLines(
                "Your seat at \"Jazz night\" is booked.See you there \u2014 Eventboard");
        assertThat(message.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(message.getFrom()).containsExactly(new InternetAddress("noreply@eventboard.test", "Eventboard"));
        assertThat(message.getRecipients(Message.RecipientType.TO))
                .containsExactly(new InternetAddress("ada@example.org"));
        assertThat(message.getMessageID()).isEqualTo("<" + notification.id() + "@eventboard.test>");
        assertThat(message.getSentDate()).isNotNull();
    }

    @Test
    void authenticatesWhenAUserIsConfigured() throws Exception {
        GREEN_MAIL.setUser("mailer@eventboard.test", "mailer", "s3cret-password");
        SmtpSettings settings = new SmtpSettings("127.0.0.1", GREEN_MAIL.getSmtp().getPort(), "mailer",
                "s3cret-password", false, false, null, "mailer@eventboard.test", Duration.ofSeconds(5));

        Delivery delivery = new EmailNotificationSender(settings, CalendarAttachments.NONE)
                .send(TestNotifications.to(DeliveryChannel.EMAIL, "bob@example.org"));

        assertThat(delivery).isEqualTo(Delivery.delivered());
        assertThat(GREEN_MAIL.getReceivedMessages()).singleElement().satisfies(message ->
                assertThat(message.getFrom()).containsExactly(new InternetAddress("mailer@eventboard.test")));
    }

    @Test
    void anEmptySubjectGetsAGenericOne() throws Exception {
        sender(GREEN_MAIL.getSmtp().getPort()).send(TestNotifications.to(DeliveryChannel.EMAIL, "ada@example.org", "",
                "Doors open at 7."));

        assertThat(GREEN_MAIL.getReceivedMessages()[0].getSubject()).isEqualTo("Eventboard notification");
        assertThat(GreenMailUtil.getBody(GREEN_MAIL.getReceivedMessages()[0])).isEqualTo("Doors open at 7.");
    }

    @Test
    void aServerThatIsDownIsRetryable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        Delivery delivery = sender(closedPort).send(TestNotifications.to(DeliveryChannel.EMAIL, "ada@example.org"));

        assertThat(delivery).isInstanceOfSatisfying(Delivery.Failed.class, failed -> {
            assertThat(failed.retryable()).isTrue();
            assertThat(failed.error()).startsWith("smtp connection failed").contains("Connection refused");
        });
    }

    @Test
    void aServerThatNeverAnswersTimesOutRetryably() throws IOException {
        try (FakeSmtpServer server = new FakeSmtpServer().silent()) {
            SmtpSettings settings = new SmtpSettings("127.0.0.1", server.port(), null, null, false, false, FROM, null,
                    Duration.ofMillis(500));
            long started = System.nanoTime();

            Delivery delivery = new EmailNotificationSender(settings, CalendarAttachments.NONE)
                    .send(TestNotifications.to(DeliveryChannel.EMAIL, "ada@example.org"));

            assertThat(delivery).isInstanceOfSatisfying(Delivery.Failed.class, failed ->
                    assertThat(failed.retryable()).isTrue());
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void anUnavailableMailboxIsPermanent() throws IOException {
        try (FakeSmtpServer server = new FakeSmtpServer().rcpt("550 5.1.1 <nobody@example.org>: mailbox unavailable")) {
            Delivery delivery = sender(server.port()).send(TestNotifications.to(DeliveryChannel.EMAIL, "nobody@example.org"));

            assertThat(delivery).isInstanceOfSatisfying(Delivery.Failed.class, failed -> {
                assertThat(failed.retryable()).isFalse();
                assertThat(failed.error()).startsWith("smtp refused the recipient: ").contains("550 5.1.1");
            });
            assertThat(server.commands()).anySatisfy(command -> assertThat(command).startsWith("RCPT TO:<nobody@example.org>"));
        }
    }

    @Test
    void aTemporaryRecipientFailureIsRetryable() throws IOException {
        try (FakeSmtpServer server = new FakeSmtpServer().rcpt("451 4.7.1 greylisted, try again later")) {
            Delivery delivery = sender(server.port()).send(TestNotifications.to(DeliveryChannel.EMAIL, "ada@example.org"));

            assertThat(delivery).isInstanceOfSatisfying(Delivery.Failed.class, failed -> {
                assertThat(failed.retryable()).isTrue();
                assertThat(failed.error()).contains("451 4.7.1 greylisted");
            });
        }
    }

    @Test
    void aMessageTheServerRejectsForGoodIsPermanent() throws IOException {
        try (FakeSmtpServer server = new FakeSmtpServer().data("554 5.7.1 message rejected as spam")) {
            Delivery delivery = sender(server.port()).send(TestNotifications.to(DeliveryChannel.EMAIL, "ada@example.org"));

            assertThat(delivery).isInstanceOfSatisfying(Delivery.Failed.class, failed -> {
                assertThat(failed.retryable()).isFalse();
                assertThat(failed.error()).contains("554 5.7.1 message rejected as spam");
            });
        }
    }

    @Test
    void aServerThatIsBusyIsRetryable() throws IOException {
        try (FakeSmtpServer server = new FakeSmtpServer().greeting("421 4.3.2 too busy, try later")) {
            Delivery delivery = sender(server.port()).send(TestNotifications.to(DeliveryChannel.EMAIL, "ada@example.org"));

            assertThat(delivery).isInstanceOfSatisfying(Delivery.Failed.class, failed ->
                    assertThat(failed.retryable()).isTrue());
        }
    }

    @Test
    void wrongCredentialsArePermanent() throws IOException {
        GREEN_MAIL.setUser("mailer@eventboard.test", "mailer", "right-password");
        SmtpSettings settings = new SmtpSettings("127.0.0.1", GREEN_MAIL.getSmtp().getPort(), "mailer",
                "wrong-password", false, false, FROM, null, Duration.ofSeconds(5));

        Delivery delivery = new EmailNotificationSender(settings, CalendarAttachments.NONE)
                .send(TestNotifications.to(DeliveryChannel.EMAIL, "ada@example.org"));

        assertThat(delivery).isInstanceOfSatisfying(Delivery.Failed.class, failed -> {
            assertThat(failed.retryable()).isFalse();
            assertThat(failed.error()).startsWith("smtp authentication failed").doesNotContain("wrong-password");
        });
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not an address", "ada@", "@example.org", "ada@example.org, bob@example.org",
        "friends: ada@example.org;", "ada@example.org\r\nBcc: eve@example.org"})
    void anAddressThatIsNotOneIsPermanent(String address) {
        Delivery delivery = sender(GREEN_MAIL.getSmtp().getPort()).send(TestNotifications.to(DeliveryChannel.EMAIL, address));

        assertThat(delivery).isInstanceOfSatisfying(Delivery.Failed.class, failed -> {
            assertThat(failed.retryable()).isFalse();
            assertThat(failed.error()).startsWith("invalid email address");
        });
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void everySendLogsOneLineWithoutTheMessage() {
        Notification notification = TestNotifications.to(DeliveryChannel.EMAIL, "ada@example.org");
        try (LogCapture log = new LogCapture()) {
            sender(GREEN_MAIL.getSmtp().getPort()).send(notification);

            assertThat(log.lines()).singleElement().satisfies(line -> assertThat(line)
                    .contains("id=" + notification.id(), "channel=EMAIL", "attempt=1", "outcome=delivered",
                            "duration=", "peer=127.0.0.1")
                    .doesNotContain("Jazz night", "ada@example.org"));
        }
    }

    @Test
    void theSenderNeedsAHostAndAFromAddress() {
        assertThatThrownBy(() -> new EmailNotificationSender(new SmtpSettings(null, 587, null, null, true, false, FROM,
                null, Duration.ofSeconds(1)), CalendarAttachments.NONE)).hasMessage("SMTP_HOST is required for the email channel");
        assertThatThrownBy(() -> new EmailNotificationSender(new SmtpSettings("smtp.example.org", 587, null, null, true,
                false, null, null, Duration.ofSeconds(1)), CalendarAttachments.NONE))
                .hasMessage("SMTP_FROM (or SMTP_FROM_EMAIL, or SMTP_USER) is required for the email channel");
        assertThatThrownBy(() -> new EmailNotificationSender(new SmtpSettings("smtp.example.org", 587, null, null, true,
                false, "not an address", null, Duration.ofSeconds(1)), CalendarAttachments.NONE))
                .hasMessageStartingWith("SMTP_FROM is not an email address");
        assertThatThrownBy(() -> new SmtpSettings("smtp.example.org", 0, null, null, true, false, FROM, null,
                Duration.ofSeconds(1))).hasMessageStartingWith("SMTP_PORT must be between 1 and 65535");
        assertThat(new SmtpSettings("smtp.example.org", 587, "u", "hunter2", true, false, null, null,
                Duration.ofSeconds(1)).toString()).doesNotContain("hunter2");
    }

    private static EmailNotificationSender sender(int port) {
        return sender(port, CalendarAttachments.NONE);
    }

    private static EmailNotificationSender sender(int port, CalendarAttachments calendars) {
        return new EmailNotificationSender(new SmtpSettings("127.0.0.1", port, null, null, false, false, FROM, null,
                Duration.ofSeconds(5)), calendars);
    }

    @Test
    void aBookingConfirmationCarriesTheEventsCalendarFileAndOtherMessagesDoNot() throws Exception {
        EventId event = new EventId(UUID.randomUUID());
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nEND:VCALENDAR\r\n";
        CalendarAttachments calendars = id -> id.equals(event) ? Optional.of(ics) : Optional.empty();
        Notification confirmation = Notification.queue(new NotificationId(UUID.randomUUID()),
                        new Recipient(DeliveryChannel.EMAIL, null, "ann@example.org"),
                        NotificationKind.BOOKING_CONFIRMED, "Booking confirmed: Jazz night", "See you there.",
                        "booking-confirmed:test", null, TestTime.NOW)
                .about(event).claim(TestTime.NOW).value();

        sender(GREEN_MAIL.getSmtp().getPort(), calendars).send(confirmation);
        sender(GREEN_MAIL.getSmtp().getPort(), calendars).send(TestNotifications.to(DeliveryChannel.EMAIL,
                "bob@example.org"));

        MimeMessage withCalendar = GREEN_MAIL.getReceivedMessages()[0];
        MimeMultipart parts = (MimeMultipart) withCalendar.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("event.ics");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/calendar");
        assertThat(new String(parts.getBodyPart(1).getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n"))
                .isEqualTo(ics.replace("\r\n", "\n"));
        assertThat(GREEN_MAIL.getReceivedMessages()[1].getContent()).isInstanceOf(String.class);
    }
}
