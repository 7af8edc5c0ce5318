package com.arizon.chat.security.control;

import com.arizon.chat.platform.database.UniqueViolation;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With the built-in issuer, {@code CHAT_ADMIN_USERNAME} and {@code CHAT_ADMIN_PASSWORD} create an
 * ADMIN account at the first start (an existing account of that name is left alone, also one that
 * another instance of a cluster starting at the same time created first).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    BuiltInAccounts accounts;

    @Inject
    @ConfigProperty(name = "CHAT_ADMIN_USERNAME")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "CHAT_ADMIN_PASSWORD")
    Optional<String> password;

    @PostConstruct
    void createAdministrator() {
        if (IssuerMode.isExternal() || username.isEmpty() || password.isEmpty() || accounts.exists(username.get())) {
            return;
        }
        try {
            accounts.create(new RegisterCommand(username.get(), username.get() + "@localhost", password.get(),
                    "Chat", "Administrator"), Set.of(GlobalRole.ADMIN));
        } catch (RuntimeException e) {
            if (!UniqueViolation.isCause(e)) {
                throw e;
            }
            LOG.info(() -> "Another instance created the administrator account " + username.get() + " meanwhile");
            return;
        }
        LOG.info(() -> "Created the administrator account " + username.get());
    }
}
