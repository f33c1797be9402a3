package org.healthcode.login;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.healthcode.common.RejectedException;
import org.healthcode.identity.PhoneNumber;
import org.healthcode.privacy.LookupHasher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and checks six-digit one-time login codes. A code is stored only as a keyed hash bound to the phone's keyed
 * hash, expires after a few minutes, and dies after a few wrong attempts. Requesting a new code replaces the old one.
 */
@Service
public class LoginCodes {

    private static final Logger log = LoggerFactory.getLogger(LoginCodes.class);
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final LookupHasher hasher;
    private final CodeSender sender;
    private final LoginThrottle throttle;
    private final LoginProperties settings;
    private final Clock clock;

    LoginCodes(
            JdbcClient jdbc,
            LookupHasher hasher,
            CodeSender sender,
            LoginThrottle throttle,
            LoginProperties settings,
            Clock clock) {
        this.jdbc = jdbc;
        this.hasher = hasher;
        this.sender = sender;
        this.throttle = throttle;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Sends a fresh code to the phone, unless this phone or client asked too often. The code is stored first, outside
     * any long transaction, so a slow SMS gateway never holds a database connection; if delivery fails, the stored
     * code is withdrawn and the caller is told to try again later.
     */
    public void request(PhoneNumber phone, String clientAddress) {
        byte[] phoneHash = hasher.hash(phone.canonical());
        if (!throttle.allowCodeRequest(HexFormat.of().formatHex(phoneHash), clientAddress)) {
            log.atWarn()
                    .setMessage("login code request throttled")
                    .addKeyValue("security", true)
                    .log();
            throw new RejectedException(LoginErrorCode.CODE_REQUESTS_THROTTLED);
        }

        String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into login_code (phone_hash, code_hash, issued_at, expires_at, attempts)
                        values (?, ?, ?, ?, 0)
                        on conflict (phone_hash) do update set code_hash = excluded.code_hash,
                            issued_at = excluded.issued_at, expires_at = excluded.expires_at, attempts = 0""")
                .params(
                        phoneHash,
                        codeHash(phoneHash, code),
                        Timestamp.from(now),
                        Timestamp.from(now.plus(settings.codeValidity())))
                .update();
        deliver(phone, phoneHash, code);
    }

    private void deliver(PhoneNumber phone, byte[] phoneHash, String code) {
        try {
            sender.send(phone, code);
        } catch (RuntimeException undelivered) {
            jdbc.sql("delete from login_code where phone_hash = ?")
                    .param(phoneHash)
                    .update();
            log.atWarn()
                    .setMessage("login code not delivered")
                    .addKeyValue("exception", undelivered.getClass().getName())
                    .log();
            throw new RejectedException(LoginErrorCode.CODE_NOT_DELIVERED);
        }
    }

    /**
     * Checks a code. A correct code is consumed; a wrong one counts an attempt and is rejected; after too many wrong
     * attempts the code is dead. Runs in its own transaction so that a counted attempt is never rolled back.
     */
    @Transactional(noRollbackFor = RejectedException.class)
    public void verify(PhoneNumber phone, String code) {
        if (code == null || !SIX_DIGITS.matcher(code).matches()) {
            throw new RejectedException(LoginErrorCode.CODE_FORMAT, "code");
        }

        byte[] phoneHash = hasher.hash(phone.canonical());
        StoredCode stored = jdbc.sql(
                        "select code_hash, expires_at, attempts from login_code where phone_hash = ? for update")
                .param(phoneHash)
                .query((row, n) -> new StoredCode(
                        row.getBytes("code_hash"),
                        row.getTimestamp("expires_at").toInstant(),
                        row.getInt("attempts")))
                .optional()
                .filter(candidate -> candidate.expiresAt().isAfter(clock.instant()))
                .orElseThrow(() -> new RejectedException(LoginErrorCode.CODE_EXPIRED, "code"));
        if (stored.attempts() >= settings.maxAttempts()) {
            throw new RejectedException(LoginErrorCode.CODE_ATTEMPTS_EXHAUSTED, "code");
        }

        if (!MessageDigest.isEqual(stored.codeHash(), codeHash(phoneHash, code))) {
            jdbc.sql("update login_code set attempts = attempts + 1 where phone_hash = ?")
                    .param(phoneHash)
                    .update();
            log.atWarn()
                    .setMessage("wrong login code")
                    .addKeyValue("security", true)
                    .log();
            throw new RejectedException(LoginErrorCode.CODE_WRONG, "code");
        }
        jdbc.sql("delete from login_code where phone_hash = ?").param(phoneHash).update();
    }

    private byte[] codeHash(byte[] phoneHash, String code) {
        return hasher.hash("login-code:" + HexFormat.of().formatHex(phoneHash) + ":" + code);
    }

    private record StoredCode(byte[] codeHash, Instant expiresAt, int attempts) {}
}
