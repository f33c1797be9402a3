package org.healthcode.codes;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Each person's {@link SubjectToken}: 16 random bytes, created on first use and kept for good, so that a code names
 * its holder without carrying any identifier. Only the issuing region can map a token back to a person. Knows
 * residents only by their id, so that the codes feature depends on no other feature. A token never changes hands, so
 * the holders of recently scanned tokens are kept in memory (bounded) instead of being looked up on every scan.
 */
@Service
public class CodeSubjects {

    static final int TOKEN_BYTES = 16;
    private static final int HOLDERS_KEPT = 100_000;

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();
    private final Cache<SubjectToken, UUID> holders =
            Caffeine.newBuilder().maximumSize(HOLDERS_KEPT).build();

    CodeSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's token, created on the first call. */
    public SubjectToken tokenOf(UUID residentId) {
        return find(residentId).orElseGet(() -> create(residentId));
    }

    /** The person a token belongs to, if any. */
    public Optional<UUID> holderOf(SubjectToken token) {
        UUID known = holders.getIfPresent(token);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<UUID> holder = jdbc.sql("select resident_id from code_subject where token = ?")
                .param(token.bytes())
                .query(UUID.class)
                .optional();
        holder.ifPresent(resident -> holders.put(token, resident));
        return holder;
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
