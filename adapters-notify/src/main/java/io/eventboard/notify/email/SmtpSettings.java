package io.eventboard.notify.email;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.Optional;

/**
 * The SMTP server the email channel sends through, from the environment as seed 003 names it: {@code SMTP_HOST},
 * {@code SMTP_PORT}, {@code SMTP_USER}, {@code SMTP_PASSWORD}, {@code SMTP_USE_TLS}, and {@code SMTP_FROM} (or the
 * seed's {@code SMTP_FROM_EMAIL}); Micronaut maps {@code SMTP_USE_TLS} to {@code smtp.use-tls} and so on.
 *
 * @param useTls  STARTTLS, required when on (port 587); the default, so passwords never cross the network in clear
 * @param useSsl  implicit TLS from the first byte (port 465); takes precedence over {@code useTls}
 * @param from    the {@code From} address; falls back to {@code fromEmail}, then to {@code user}
 * @param timeout for connecting, reading and writing, each
 */
@ConfigurationProperties("smtp")
public record SmtpSettings(
        @Nullable String host,
        @Bindable(defaultValue = "587") int port,
        @Nullable String user,
        @Nullable String password,
        @Bindable(defaultValue = "true") boolean useTls,
        @Bindable(defaultValue = "false") boolean useSsl,
        @Nullable String from,
        @Nullable String fromEmail,
        @Bindable(defaultValue = "PT10S") Duration timeout) {

    public SmtpSettings {
        host = blankToNull(host);
        user = blankToNull(user);
        password = password == null || password.isEmpty() ? null : password;
        from = blankToNull(from);
        fromEmail = blankToNull(fromEmail);
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("SMTP_PORT must be between 1 and 65535: " + port);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("SMTP_TIMEOUT must be positive: " + timeout);
        }
    }

    /** The sender address: {@code SMTP_FROM}, else {@code SMTP_FROM_EMAIL}, else {@code SMTP_USER}. */
    public Optional<String> sender() {
        return Optional.ofNullable(from != null ? from : fromEmail != null ? fromEmail : user);
    }

    public String protocol() {
        return useSsl ? "smtps" : "smtp";
    }

    @Override
    public String toString() {
        // never the password
        return "SmtpSettings[host=" + host + ", port=" + port + ", user=" + user + ", password="
                + (password == null ? "unset" : "***") + ", useTls=" + useTls + ", useSsl=" + useSsl + ", from="
                + sender().orElse(null) + ", timeout=" + timeout + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
