package org.healthcode.codes;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Each person's {@link SubjectToken}: 16 random bytes, created on first use and kept for good, so that a code names
 * its holder without carrying any identifier. Only the issuing region can map a token back to a person. Knows
 * residents only by their id, so that the codes feature depends on no other feature.
 */
@Service
public class CodeSubjects {

    static final int TOKEN_BYTES = 16;

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    CodeSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's token, created on the first call. */
    public SubjectToken tokenOf(UUID residentId) {
        return find(residentId).orElseGet(() -> create(residentId));
    }

    /** The person a token belongs to, if any. */
    public Optional<UUID> holderOf(SubjectToken token) {
        return jdbc.sql("select resident_id from code_subject where token = ?")
                .param(token.bytes())
                .query(UUID.class)
                .optional();
    }

    private Optional<SubjectToken> find(UUID residentId) {
        return jdbc.sql("select token from code_subject where resident_id = ?")
                .param(residentId)
                .query((row, rowNumber) -> SubjectToken.of(row.getBytes("token")))
                .optional();
    }

    private SubjectToken create(UUID residentId) {
        byte[] token = new byte[TOKEN_BYTES];
        random.nextBytes(token);
        jdbc.sql("insert into code_subject (resident_id, token) values (?, ?) on conflict (resident_id) do nothing")
                .params(residentId, token)
                .update();
        return find(residentId).orElseThrow(() -> new IllegalStateException("The subject token was not stored"));
    }
}
