package org.healthcode.accounts;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.healthcode.common.RejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, lists and changes staff accounts. Passwords are stored only as Argon2 hashes. */
@Service
public class StaffAccounts {

    private static final Logger log = LoggerFactory.getLogger(StaffAccounts.class);
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,31}");
    private static final int DISPLAY_NAME_MAX = 64;
    private static final char[] PASSWORD_ALPHABET =
            "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final StaffSessions sessions;

    StaffAccounts(JdbcClient jdbc, PasswordEncoder passwords, Clock clock, StaffSessions sessions) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
        this.sessions = sessions;
    }

    /** Creates an account with the given roles and returns it; the caller hands the password to its owner once. */
    @Transactional
    public StaffAccount create(String username, String displayName, Set<String> roles, String password) {
        checkUsername(username);
        checkDisplayName(displayName);
        checkRoles(roles);
        if (findByUsername(username).isPresent()) {
            throw new RejectedException(AccountErrorCode.USERNAME_TAKEN, "username");
        }

        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("insert into staff_account (id, username, display_name, password_hash, created_at) values (?,?,?,?,?)")
                .params(id, username, displayName.strip(), passwords.encode(password), now)
                .update();
        roles.forEach(role -> jdbc.sql("insert into staff_account_role (account_id, role_code) values (?, ?)")
                .params(id, role)
                .update());
        logChange("staff account created", username);
        return new StaffAccount(id, username, displayName.strip(), Set.copyOf(roles), true, now.toInstant());
    }

    public List<StaffAccount> list() {
        return jdbc.sql(SELECT + " group by a.id order by a.username")
                .query(this::toAccount)
                .list();
    }

    /** The account with this username; none for a name no account can have, such as one with a NUL byte. */
    public Optional<StaffAccount> findByUsername(String username) {
        if (username == null || username.chars().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }

        return jdbc.sql(SELECT + " where a.username = ? group by a.id")
                .param(username)
                .query(this::toAccount)
                .optional();
    }

    /** The stored password hash of an enabled account, for authentication only. */
    Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from staff_account where username = ?")
                .param(username)
                .query(String.class)
                .optional();
    }

    public boolean anyAdministrator() {
        return jdbc.sql("select exists (select 1 from staff_account_role where role_code = ?)")
                .param(Role.ADMIN)
                .query(Boolean.class)
                .single();
    }

    /**
     * Enables or disables an account; the last enabled administrator cannot be disabled. Disabling ends the
     * account's open sessions at once.
     */
    @Transactional
    public void setEnabled(UUID id, boolean enabled) {
        StaffAccount account = find(id);
        if (!enabled && account.roles().contains(Role.ADMIN) && enabledAdministrators() <= 1) {
            throw new RejectedException(AccountErrorCode.LAST_ADMINISTRATOR);
        }

        jdbc.sql("update staff_account set enabled = ? where id = ?")
                .params(enabled, id)
                .update();
        if (!enabled) {
            sessions.endAll(account.username());
        }
        logChange(enabled ? "staff account enabled" : "staff account disabled", account.username());
    }

    /** Sets a new generated password and returns it, to be handed over once; the account's sessions end. */
    @Transactional
    public String resetPassword(UUID id) {
        StaffAccount account = find(id);
        String password = generatePassword();
        jdbc.sql("update staff_account set password_hash = ? where id = ?")
                .params(passwords.encode(password), id)
                .update();
        sessions.endAll(account.username());
        logChange("staff password reset", account.username());
        return password;
    }

    public Set<String> knownRoles() {
        return new HashSet<>(
                jdbc.sql("select code from role").query(String.class).list());
    }

    /** A random password of 16 characters from an alphabet without look-alike characters. */
    public static String generatePassword() {
        char[] password = new char[16];
        for (int i = 0; i < password.length; i++) {
            password[i] = PASSWORD_ALPHABET[RANDOM.nextInt(PASSWORD_ALPHABET.length)];
        }
        String result = new String(password);
        Arrays.fill(password, ' ');
        return result;
    }

    private StaffAccount find(UUID id) {
        return jdbc.sql(SELECT + " where a.id = ? group by a.id")
                .param(id)
                .query(this::toAccount)
                .optional()
                .orElseThrow(() -> new RejectedException(AccountErrorCode.ACCOUNT_UNKNOWN));
    }

    private long enabledAdministrators() {
        return jdbc.sql("""
                        select count(*) from staff_account a join staff_account_role r on r.account_id = a.id
                        where a.enabled and r.role_code = ?""").param(Role.ADMIN).query(Long.class).single();
    }

    private static void checkUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new RejectedException(AccountErrorCode.USERNAME_FORMAT, "username");
        }
    }

    /** One to 64 characters once stripped, none of them a control character (NUL included). */
    private static void checkDisplayName(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()
                || name.codePointCount(0, name.length()) > DISPLAY_NAME_MAX
                || name.codePoints().anyMatch(Character::isISOControl)) {
            throw new RejectedException(AccountErrorCode.DISPLAY_NAME_FORMAT, "displayName");
        }
    }

    /** A security event naming the changed account and who changed it; staff usernames are not personal data. */
    private static void logChange(String event, String username) {
        Authentication actor = SecurityContextHolder.getContext().getAuthentication();
        log.atInfo()
                .setMessage(event)
                .addKeyValue("username", username)
                .addKeyValue("actor", actor == null ? "system" : actor.getName())
                .addKeyValue("security", true)
                .log();
    }

    private void checkRoles(Set<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new RejectedException(AccountErrorCode.ROLES_MISSING, "roles");
        }
        if (!knownRoles().containsAll(roles)) {
            throw new RejectedException(AccountErrorCode.ROLE_UNKNOWN, "roles");
        }
    }

    private static final String SELECT = """
            select a.id, a.username, a.display_name, a.enabled, a.created_at,
                   coalesce(array_agg(r.role_code) filter (where r.role_code is not null), '{}') as roles
            from staff_account a left join staff_account_role r on r.account_id = a.id""";

    private StaffAccount toAccount(ResultSet row, int rowNumber) throws SQLException {
        String[] roles = (String[]) row.getArray("roles").getArray();
        return new StaffAccount(
                row.getObject("id", UUID.class),
                row.getString("username"),
                row.getString("display_name"),
                Set.of(roles),
                row.getBoolean("enabled"),
                row.getTimestamp("created_at").toInstant());
    }
}
