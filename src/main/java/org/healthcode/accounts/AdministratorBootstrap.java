package org.healthcode.accounts;

import java.io.PrintStream;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator when none exists. The password comes from {@code healthcode.admin.initial-password}
 * or is generated and printed once to the console (standard output, not the log), to be changed by handing it over.
 */
@Component
class AdministratorBootstrap {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final StaffAccounts accounts;
    private final AdminProperties settings;
    private final PrintStream console;

    AdministratorBootstrap(StaffAccounts accounts, AdminProperties settings) {
        this.accounts = accounts;
        this.settings = settings;
        this.console = System.out;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createFirstAdministrator() {
        if (settings.resetPassword()) {
            resetPassword();
            return;
        }
        if (accounts.anyAdministrator()) {
            return;
        }

        boolean generated = settings.initialPassword() == null;
        String password = generated ? StaffAccounts.generatePassword() : settings.initialPassword();
        accounts.create(settings.username(), "Administrator", Set.of(Role.ADMIN), password);
        log.atInfo()
                .setMessage("first administrator created")
                .addKeyValue("username", settings.username())
                .addKeyValue("passwordGenerated", generated)
                .log();
        if (generated) {
            console.printf(
                    "%n=== First administrator: username '%s', password '%s' (shown once) ===%n%n",
                    settings.username(), password);
        }
    }

    private void resetPassword() {
        StaffAccount account = accounts.findByUsername(settings.username())
                .orElseThrow(
                        () -> new IllegalStateException(
                                "healthcode.admin.reset-password=true but there is no account named healthcode.admin.username"));
        String password = accounts.resetPassword(account.id());
        log.atWarn()
                .setMessage("administrator password reset at start")
                .addKeyValue("username", account.username())
                .addKeyValue("security", true)
                .log();
        console.printf(
                "%n=== Administrator '%s' has a new password: '%s' (shown once; remove reset-password) ===%n%n",
                account.username(), password);
    }
}
