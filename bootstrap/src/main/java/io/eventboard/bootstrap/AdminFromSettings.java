package io.eventboard.bootstrap;

import io.eventboard.application.account.admin.EnsureAdmin;
import io.eventboard.domain.common.InvalidInput;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the admin account named by ADMIN_USERNAME / ADMIN_PASSWORD at the first start. */
@Singleton
public class AdminFromSettings implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(AdminFromSettings.class);

    private final EnsureAdmin ensureAdmin;
    private final String username;
    private final String email;
    private final String password;

    public AdminFromSettings(EnsureAdmin ensureAdmin,
                             @Value("${eventboard.admin-username:}") String username,
                             @Value("${eventboard.admin-email:}") String email,
                             @Value("${eventboard.admin-password:}") String password) {
        this.ensureAdmin = ensureAdmin;
        this.username = username;
        this.email = email;
        this.password = password;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (username.isBlank() || password.isBlank()) {
            return;
        }
        String address = email.isBlank() ? username + "@localhost.localdomain" : email;
        try {
            EnsureAdmin.Outcome outcome = ensureAdmin.ensure(username, address, password);
            LOG.info("admin account username={} outcome={}", username, outcome);
        } catch (InvalidInput invalid) {
            LOG.error("admin account username={} not created: {} (check ADMIN_USERNAME, ADMIN_EMAIL, ADMIN_PASSWORD)",
                    username, invalid.getMessage());
        }
    }
}
