package org.healthcode.labresults;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.healthcode.common.RejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Laboratories, the lab staff who upload for each, and the API keys of lab systems. A key is 32 random bytes in
 * base64url with the prefix {@code hclab_}; only its SHA-256 is stored (the key is random, so a plain hash cannot be
 * guessed back), it is shown once when issued and can be revoked.
 */
@Service
public class Labs {

    private static final Logger log = LoggerFactory.getLogger(Labs.class);
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");
    private static final String KEY_PREFIX = "hclab_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    Labs(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Registers a laboratory under a short code such as {@code PUDONG-CDC-1}. */
    @Transactional
    public void create(String code, String name) {
        if (code == null || !CODE.matcher(code).matches() || name == null || name.isBlank()) {
            throw new RejectedException(LabErrorCode.LAB_INVALID, "code");
        }

        try {
            jdbc.sql("insert into lab (code, name, created_at) values (?, ?, ?)")
                    .params(code, name.strip(), Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException taken) {
            throw new RejectedException(LabErrorCode.LAB_EXISTS, "code");
        }
    }

    /** Lets a staff account with the role LAB upload for this lab (and no other). */
    @Transactional
    public void addMember(String labCode, String username) {
        requireLab(labCode);
        boolean labStaff = jdbc.sql("""
                        select exists (select 1 from staff_account a join staff_account_role r on r.account_id = a.id
                                       where a.username = ? and r.role_code = 'LAB')""").param(username).query(Boolean.class).single();
        if (!labStaff) {
            throw new RejectedException(LabErrorCode.LAB_MEMBER_INVALID, "username");
        }

        try {
            jdbc.sql("insert into lab_member (lab_code, username) values (?, ?)")
                    .params(labCode, username)
                    .update();
        } catch (DataIntegrityViolationException inAnotherLab) {
            throw new RejectedException(LabErrorCode.LAB_MEMBER_INVALID, "username");
        }
    }

    /** The lab a staff member uploads for; {@code lab-unassigned} if none. */
    public LabCaller staffCaller(String username) {
        return jdbc.sql("select lab_code from lab_member where username = ?")
                .param(username)
                .query(String.class)
                .optional()
                .map(lab -> new LabCaller(lab, "staff:" + username))
                .orElseThrow(() -> new RejectedException(LabErrorCode.LAB_UNASSIGNED));
    }

    /** Issues a new key for a lab system; the answer is the only place the key ever appears. */
    @Transactional
    public LabKey issueKey(String labCode, String name) {
        requireLab(labCode);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        String label = name == null || name.isBlank() ? "key" : name.strip();
        jdbc.sql("insert into lab_api_key (id, lab_code, name, key_hash, created_at) values (?, ?, ?, ?, ?)")
                .params(id, labCode, label, hash(key), Timestamp.from(now))
                .update();
        log.atInfo()
                .setMessage("lab key issued")
                .addKeyValue("lab", labCode)
                .addKeyValue("keyId", id)
                .log();
        return new LabKey(id, labCode, label, now, null, key);
    }

    /** Revokes a key at once; requests with it are refused from then on. */
    @Transactional
    public void revokeKey(String labCode, UUID keyId) {
        int revoked = jdbc.sql(
                        "update lab_api_key set revoked_at = ? where id = ? and lab_code = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), keyId, labCode)
                .update();
        if (revoked == 0) {
            throw new RejectedException(LabErrorCode.LAB_KEY_INVALID, "keyId");
        }
        log.atInfo()
                .setMessage("lab key revoked")
                .addKeyValue("lab", labCode)
                .addKeyValue("keyId", keyId)
                .log();
    }

    /** The caller a presented key stands for, if the key is known and not revoked. */
    public Optional<LabCaller> callerWithKey(String key) {
        if (key == null || !key.startsWith(KEY_PREFIX) || key.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select id, lab_code from lab_api_key where key_hash = ? and revoked_at is null")
                .param(hash(key))
                .query((row, n) ->
                        new LabCaller(row.getString("lab_code"), "lab-key:" + row.getObject("id", UUID.class)))
                .optional();
    }

    private void requireLab(String labCode) {
        boolean known = jdbc.sql("select exists (select 1 from lab where code = ?)")
                .param(labCode)
                .query(Boolean.class)
                .single();
        if (!known) {
            throw new RejectedException(LabErrorCode.LAB_UNKNOWN, "code");
        }
    }

    private static byte[] hash(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", missing);
        }
    }
}
