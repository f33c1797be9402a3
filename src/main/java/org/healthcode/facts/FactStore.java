package org.healthcode.facts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthcode.privacy.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only record of facts. The table refuses updates and deletes by trigger, so history cannot be rewritten
 * even by a bug in this class. A free-text reason is stored encrypted, since people write names into it.
 */
@Repository
public class FactStore {

    private static final TypeReference<Map<String, Object>> DETAIL = new TypeReference<>() {};

    static final String REASON = "fact.reason";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    FactStore(JdbcClient jdbc, JsonMapper json, PersonalDataCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Records a fact in the caller's transaction and returns it as stored. */
    public Fact record(NewFact fact) {
        // PostgreSQL keeps microseconds; truncating here keeps the returned fact equal to the stored one.
        Timestamp now = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS));
        long id = jdbc.sql("""
                        insert into fact (resident_id, kind, detail, recorded_at, recorded_by, reason_cipher)
                        values (?, ?, cast(? as jsonb), ?, ?, ?) returning id""")
                .params(
                        fact.residentId(),
                        fact.kind().name(),
                        json.writeValueAsString(fact.detail()),
                        now,
                        fact.recordedBy(),
                        fact.reason() == null ? null : cipher.encrypt(fact.reason(), REASON))
                .query(Long.class)
                .single();
        return new Fact(
                id, fact.residentId(), fact.kind(), fact.detail(), now.toInstant(), fact.recordedBy(), fact.reason());
    }

    /**
     * Records one fact of this kind for each row of a query, in one statement and in the caller's transaction: the
     * set-based way to record thousands of facts. The query must return the columns {@code resident_id} (uuid),
     * {@code detail} (jsonb) and {@code recorded_by} (text); all facts get the same time.
     *
     * @return the people who got a fact, once per fact
     */
    public List<UUID> recordEach(FactKind kind, String sourceQuery, Object... sourceParams) {
        Timestamp now = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS));
        Object[] params = new Object[sourceParams.length + 2];
        params[0] = kind.name();
        params[1] = now;
        System.arraycopy(sourceParams, 0, params, 2, sourceParams.length);
        return jdbc.sql("insert into fact (resident_id, kind, detail, recorded_at, recorded_by) "
                        + "select source.resident_id, ?, source.detail, ?, source.recorded_by from ("
                        + sourceQuery
                        + ") source returning resident_id")
                .params(params)
                .query(UUID.class)
                .list();
    }

    /** All facts of one person, oldest first. */
    public List<Fact> of(UUID residentId) {
        return jdbc.sql("select * from fact where resident_id = ? order by id")
                .param(residentId)
                .query(this::toFact)
                .list();
    }

    /**
     * All facts of each of these people, oldest first, in one query: the batch form of {@link #of(UUID)}. Every person
     * asked about is a key, with an empty list if they have no facts.
     */
    public Map<UUID, List<Fact>> ofEach(Collection<UUID> residentIds) {
        Map<UUID, List<Fact>> byPerson = new LinkedHashMap<>();
        residentIds.forEach(person -> byPerson.put(person, new ArrayList<>()));
        jdbc.sql("select * from fact where resident_id = any(?::uuid[]) order by resident_id, id")
                .param(residentIds.toArray(UUID[]::new))
                .query(this::toFact)
                .list()
                .forEach(fact -> byPerson.get(fact.residentId()).add(fact));
        return byPerson;
    }

    private Fact toFact(ResultSet row, int rowNumber) throws SQLException {
        byte[] reason = row.getBytes("reason_cipher");
        return new Fact(
                row.getLong("id"),
                row.getObject("resident_id", UUID.class),
                FactKind.valueOf(row.getString("kind")),
                json.readValue(row.getString("detail"), DETAIL),
                row.getTimestamp("recorded_at").toInstant(),
                row.getString("recorded_by"),
                reason == null ? null : cipher.decrypt(reason, REASON));
    }
}
