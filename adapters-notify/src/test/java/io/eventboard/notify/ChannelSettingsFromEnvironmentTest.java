package io.eventboard.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.NotificationSender;
import io.eventboard.notify.email.EmailNotificationSender;
import io.eventboard.notify.email.SmtpSettings;
import io.eventboard.notify.telegram.TelegramNotificationSender;
import io.eventboard.notify.telegram.TelegramSettings;
import io.eventboard.notify.webhook.WebhookNotificationSender;
import io.eventboard.notify.webhook.WebhookSettings;
import io.eventboard.notify.webhook.WebhookUrlPolicy;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The channels are configured by environment variables alone ({@code SMTP_HOST} → {@code smtp.host}, ...): no
 * application.yml entry is needed. The variables are given as Micronaut reads the process environment, through a
 * property source with the environment-variable convention, so the real environment cannot leak in.
 */
class ChannelSettingsFromEnvironmentTest {

    @Test
    void smtpVariablesAsSeed003NamesThem() {
        try (ApplicationContext context = contextWith(Map.of(
                "SMTP_HOST", "smtp.gmail.com",
                "SMTP_PORT", "2525",
                "SMTP_USER", "your_email@gmail.com",
                "SMTP_PASSWORD", "your_app_password",
                "SMTP_USE_TLS", "True",
                "SMTP_FROM_EMAIL", "events@example.org",
                "SMTP_TIMEOUT", "3s"))) {
            SmtpSettings smtp = context.getBean(SmtpSettings.class);

            assertThat(smtp.host()).isEqualTo("smtp.gmail.com");
            assertThat(smtp.port()).isEqualTo(2525);
            assertThat(smtp.user()).isEqualTo("your_email@gmail.com");
            assertThat(smtp.password()).isEqualTo("your_app_password");
            assertThat(smtp.useTls()).isTrue();
            assertThat(smtp.useSsl()).isFalse();
            assertThat(smtp.sender()).contains("events@example.org");
            assertThat(smtp.timeout()).isEqualTo(Duration.ofSeconds(3));
            assertThat(context.findBean(EmailNotificationSender.class)).isPresent();
            assertThat(channels(context)).contains(DeliveryChannel.EMAIL).doesNotContain(DeliveryChannel.TELEGRAM,
                    DeliveryChannel.WEBHOOK);
        }
    }

    @Test
    void smtpFromWinsOverTheSeedsFromEmailAndDefaultsFillTheRest() {
        try (ApplicationContext context = contextWith(Map.of(
                "SMTP_HOST", "mail.example.org",
                "SMTP_FROM", "Eventboard <noreply@example.org>",
                "SMTP_FROM_EMAIL", "other@example.org",
                "SMTP_USE_TLS", "false",
                "SMTP_USE_SSL", "true"))) {
            SmtpSettings smtp = context.getBean(SmtpSettings.class);

            assertThat(smtp.sender()).contains("Eventboard <noreply@example.org>");
            assertThat(smtp.port()).isEqualTo(587);
            assertThat(smtp.useTls()).isFalse();
            assertThat(smtp.useSsl()).isTrue();
            assertThat(smtp.protocol()).isEqualTo("smtps");
            assertThat(smtp.timeout()).isEqualTo(Duration.ofSeconds(10));
            assertThat(smtp.user()).isNull();
            assertThat(smtp.password()).isNull();
        }
    }

    @Test
    void smtpDefaultsAreStartTlsOnTheSubmissionPort() {
        try (ApplicationContext context = contextWith(Map.of("SMTP_HOST", "mail.example.org", "SMTP_USER",
                "mailer@example.org"))) {
            SmtpSettings smtp = context.getBean(SmtpSettings.class);

            assertThat(smtp.port()).isEqualTo(587);
            assertThat(smtp.useTls()).isTrue();
            assertThat(smtp.useSsl()).isFalse();
            assertThat(smtp.sender()).contains("mailer@example.org");
        }
    }

    @Test
    void telegramVariables() {
        try (ApplicationContext context = contextWith(Map.of(
                "TELEGRAM_BOT_TOKEN", "123456:ABC-def_ghi",
                "TELEGRAM_API_URL", "http://127.0.0.1:8081/",
                "TELEGRAM_CONNECT_TIMEOUT", "PT1S",
                "TELEGRAM_READ_TIMEOUT", "3s"))) {
            TelegramSettings telegram = context.getBean(TelegramSettings.class);

            assertThat(telegram.botToken()).isEqualTo("123456:ABC-def_ghi");
            assertThat(telegram.apiUrl()).isEqualTo("http://127.0.0.1:8081");
            assertThat(telegram.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
            assertThat(telegram.readTimeout()).isEqualTo(Duration.ofSeconds(3));
            assertThat(context.findBean(TelegramNotificationSender.class)).isPresent();
            assertThat(channels(context)).contains(DeliveryChannel.TELEGRAM).doesNotContain(DeliveryChannel.EMAIL);
        }
    }

    @Test
    void telegramDefaults() {
        try (ApplicationContext context = contextWith(Map.of("TELEGRAM_BOT_TOKEN", "123456:ABC"))) {
            TelegramSettings telegram = context.getBean(TelegramSettings.class);

            assertThat(telegram.apiUrl()).isEqualTo("https://api.telegram.org");
            assertThat(telegram.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(telegram.readTimeout()).isEqualTo(Duration.ofSeconds(10));
        }
    }

    @Test
    void webhookVariables() {
        try (ApplicationContext context = contextWith(Map.of(
                "WEBHOOK_SECRET", "a-long-random-secret",
                "WEBHOOK_ALLOW_PRIVATE", "true",
                "WEBHOOK_CONNECT_TIMEOUT", "PT1S",
                "WEBHOOK_READ_TIMEOUT", "PT3S"))) {
            WebhookSettings webhook = context.getBean(WebhookSettings.class);

            assertThat(webhook.secret()).isEqualTo("a-long-random-secret");
            assertThat(webhook.allowPrivate()).isTrue();
            assertThat(webhook.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
            assertThat(webhook.readTimeout()).isEqualTo(Duration.ofSeconds(3));
            assertThat(context.getBean(WebhookUrlPolicy.class).allowsPrivate()).isTrue();
            assertThat(context.findBean(WebhookNotificationSender.class)).isPresent();
            assertThat(webhook.toString()).doesNotContain("a-long-random-secret");
        }
    }

    @Test
    void webhookDefaults() {
        try (ApplicationContext context = contextWith(Map.of("WEBHOOK_SECRET", "s"))) {
            WebhookSettings webhook = context.getBean(WebhookSettings.class);

            assertThat(webhook.allowPrivate()).isFalse();
            assertThat(webhook.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
            assertThat(webhook.readTimeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(context.getBean(WebhookUrlPolicy.class).allowsPrivate()).isFalse();
        }
    }

    @Test
    void withNothingConfiguredOnlyTheLogAndTheInboxSend() {
        try (ApplicationContext context = contextWith(Map.of("SMTP_HOST", "", "TELEGRAM_BOT_TOKEN", "",
                "WEBHOOK_SECRET", ""))) {
            assertThat(channels(context)).containsExactlyInAnyOrder(DeliveryChannel.LOG, DeliveryChannel.IN_APP);
            assertThat(context.getBean(WebhookUrlPolicy.class).allowsPrivate()).isFalse();
        }
    }

    @Test
    void allChannelsTogether() {
        try (ApplicationContext context = contextWith(Map.of("SMTP_HOST", "mail.example.org", "SMTP_FROM",
                "noreply@example.org", "TELEGRAM_BOT_TOKEN", "1:A", "WEBHOOK_SECRET", "s"))) {
            assertThat(channels(context)).containsExactlyInAnyOrder(DeliveryChannel.LOG, DeliveryChannel.IN_APP,
                    DeliveryChannel.EMAIL, DeliveryChannel.TELEGRAM, DeliveryChannel.WEBHOOK);
        }
    }

    private static java.util.List<DeliveryChannel> channels(ApplicationContext context) {
        return context.getBeansOfType(NotificationSender.class).stream().map(NotificationSender::channel).toList();
    }

    private static ApplicationContext contextWith(Map<String, Object> variables) {
        return ApplicationContext.builder()
                .environmentPropertySource(false)
                .propertySources(PropertySource.of("test-environment", variables,
                        PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE,
                        PropertySource.Origin.of("test-environment")))
                .start();
    }
}
