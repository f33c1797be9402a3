package org.healthcode.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthcode.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class AdministratorBootstrapTest extends IntegrationTest {

    private static final Pattern NEW_PASSWORD = Pattern.compile("has a new password: '([^']+)'");

    @Autowired
    StaffAccounts accounts;

    @Test
    void an_operator_who_lost_the_password_gets_a_new_one_printed_once_at_start(CapturedOutput console) {
        // given an administrator whose password nobody knows any more
        String username = "chief" + System.nanoTime() % 100_000;
        accounts.create(username, "Chief", Set.of(Role.ADMIN), StaffAccounts.generatePassword());

        // when the server starts with reset-password
        new AdministratorBootstrap(accounts, new AdminProperties(username, null, true)).createFirstAdministrator();

        // then the console shows a new password that works, and the log does not
        Matcher printed = NEW_PASSWORD.matcher(console.getOut());
        assertThat(printed.find()).isTrue();
        String password = printed.group(1);
        assertThat(client().asStaff(username, password)
                        .get("/api/admin/accounts")
                        .status())
                .isEqualTo(200);
        assertThat(console.getOut().lines().filter(line -> line.startsWith("{")))
                .noneMatch(line -> line.contains(password));
    }
}
