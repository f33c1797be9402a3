package org.healthcode.appeals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.healthcode.common.RejectedException;
import org.healthcode.facts.FactKind;
import org.healthcode.facts.FactStore;
import org.healthcode.facts.NewFact;
import org.healthcode.privacy.PersonalDataCipher;
import org.healthcode.residents.Residents;
import org.healthcode.rules.ColourChanges;
import org.healthcode.rules.ManualDecisions;
import org.healthcode.status.Colour;
import org.healthcode.status.HealthStatus;
import org.healthcode.status.Statuses;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appeals against yellow and red codes: a resident files one, with a written statement, for themselves or a
 * dependant; an auditor upholds or rejects it with a written reason. Upholding never sets a colour: it records the
 * facts that lift the restrictions an appeal may lift ({@link Relief}), and the colour engine re-evaluates. Filing and
 * resolving are recorded as facts too, so they appear in the person's history.
 */
@Service
public class Appeals {

    static final String STATEMENT = "appeal.statement";
    static final String RESOLUTION = "appeal.resolution";
    private static final int MAX_QUEUE = 500;

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final FactStore facts;
    private final Residents residents;
    private final Statuses statuses;
    private final ManualDecisions decisions;
    private final ColourChanges changes;
    private final Clock clock;

    Appeals(
            JdbcClient jdbc,
            PersonalDataCipher cipher,
            FactStore facts,
            Residents residents,
            Statuses statuses,
            ManualDecisions decisions,
            ColourChanges changes,
            Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.facts = facts;
        this.residents = residents;
        this.statuses = statuses;
        this.decisions = decisions;
        this.changes = changes;
        this.clock = clock;
    }

    /** An auditor's decision on an appeal. */
    public record Decision(AppealOutcome outcome, String reason) {}

    /** Files an appeal for {@code residentId} by {@code filedBy} (the person or their guardian). */
    @Transactional
    public Appeal file(UUID residentId, String statement, UUID filedBy) {
        AppealStatement written = AppealStatement.of(statement);
        residents.requireManagedBy(filedBy, residentId);
        Colour colour = appealableColour(statuses.current(residentId));
        if (openAppealOf(residentId).isPresent()) {
            throw new RejectedException(AppealErrorCode.APPEAL_ALREADY_OPEN);
        }

        UUID id = UUID.randomUUID();
        insert(id, residentId, filedBy, colour, written);
        facts.record(NewFact.of(
                residentId,
                FactKind.APPEAL_FILED,
                Map.of("appeal", id.toString(), "colour", colour.name()),
                "resident:" + filedBy));
        return get(id);
    }

    /** Open appeals, oldest first, at most {@code limit}. */
    public List<Appeal> open(int limit) {
        return jdbc.sql("select * from appeal where resolved_at is null order by filed_at limit ?")
                .param(Math.min(Math.max(limit, 1), MAX_QUEUE))
                .query(this::toAppeal)
                .list();
    }

    /** Every appeal of one person, newest first. */
    public List<Appeal> of(UUID residentId) {
        return jdbc.sql("select * from appeal where resident_id = ? order by filed_at desc, id")
                .param(residentId)
                .query(this::toAppeal)
                .list();
    }

    /** One appeal. */
    public Appeal get(UUID appealId) {
        return jdbc.sql("select * from appeal where id = ?")
                .param(appealId)
                .query(this::toAppeal)
                .optional()
                .orElseThrow(() -> new RejectedException(AppealErrorCode.APPEAL_UNKNOWN));
    }

    /**
     * Resolves an open appeal. The auditor must not be someone who imposed a restriction under appeal. Upholding
     * lifts every restriction an appeal may lift and is refused when there is none.
     */
    @Transactional
    public Appeal resolve(UUID appealId, Decision decision, String auditor) {
        if (decision.outcome() == null) {
            throw new RejectedException(AppealErrorCode.APPEAL_OUTCOME_MISSING, "outcome");
        }
        String reason = ResolutionReason.of(decision.reason()).text();
        UUID residentId = lockOpen(appealId);
        Relief relief = Relief.from(facts.of(residentId));
        if (relief.imposedBy().contains(staff(auditor))) {
            throw new RejectedException(AppealErrorCode.APPEAL_RESOLVER_IMPOSED_RESTRICTION);
        }
        if (decision.outcome() == AppealOutcome.UPHELD && relief.empty()) {
            throw new RejectedException(AppealErrorCode.APPEAL_NOTHING_TO_LIFT);
        }

        boolean upheld = decision.outcome() == AppealOutcome.UPHELD;
        if (upheld) {
            lift(residentId, appealId, relief, reason, auditor);
        }
        markResolved(appealId, decision.outcome(), reason, auditor);
        facts.record(resolvedFact(residentId, appealId, decision.outcome(), upheld ? relief : null, auditor)
                .because(reason));
        changes.reevaluate(residentId);
        return get(appealId);
    }

    private void lift(UUID residentId, UUID appealId, Relief relief, String reason, String auditor) {
        relief.manualDecisions()
                .forEach(request -> decisions.lift(residentId, UUID.fromString(request), reason, auditor));
        if (relief.reviewRestriction().isPresent()) {
            facts.record(NewFact.of(
                            residentId,
                            FactKind.REVIEW_RESTRICTION_LIFTED,
                            Map.of("appeal", appealId.toString()),
                            staff(auditor))
                    .because(reason));
        }
    }

    private static NewFact resolvedFact(
            UUID residentId, UUID appealId, AppealOutcome outcome, Relief lifted, String auditor) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("appeal", appealId.toString());
        detail.put("outcome", outcome.name());
        detail.put("liftedDecisions", lifted == null ? List.of() : lifted.manualDecisions());
        detail.put(
                "liftedReviewRestriction",
                lifted != null && lifted.reviewRestriction().isPresent());
        return NewFact.of(residentId, FactKind.APPEAL_RESOLVED, detail, staff(auditor));
    }

    private static Colour appealableColour(HealthStatus status) {
        Colour colour = status.colour().orElseThrow(() -> new RejectedException(AppealErrorCode.APPEAL_NO_CODE));
        if (colour == Colour.GREEN) {
            throw new RejectedException(AppealErrorCode.APPEAL_CODE_GREEN);
        }
        return colour;
    }

    private Optional<UUID> openAppealOf(UUID residentId) {
        return jdbc.sql("select id from appeal where resident_id = ? and resolved_at is null")
                .param(residentId)
                .query(UUID.class)
                .optional();
    }

    private void insert(UUID id, UUID residentId, UUID filedBy, Colour colour, AppealStatement statement) {
        try {
            jdbc.sql("""
                            insert into appeal (id, resident_id, filed_by, filed_at, colour_at_filing, statement_cipher)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(id, residentId, filedBy, now(), colour.name(), cipher.encrypt(statement.text(), STATEMENT))
                    .update();
        } catch (DuplicateKeyException filedMeanwhile) {
            throw new RejectedException(AppealErrorCode.APPEAL_ALREADY_OPEN);
        }
    }

    private UUID lockOpen(UUID appealId) {
        AppealRow row = jdbc.sql(
                        "select resident_id, resolved_at is not null as resolved from appeal where id = ? for update")
                .param(appealId)
                .query((result, n) -> new AppealRow(result.getObject("resident_id", UUID.class), result.getBoolean(2)))
                .optional()
                .orElseThrow(() -> new RejectedException(AppealErrorCode.APPEAL_UNKNOWN));
        if (row.resolved()) {
            throw new RejectedException(AppealErrorCode.APPEAL_ALREADY_RESOLVED);
        }
        return row.residentId();
    }

    private void markResolved(UUID appealId, AppealOutcome outcome, String reason, String auditor) {
        jdbc.sql("update appeal set resolved_at = ?, resolved_by = ?, outcome = ?, resolution_cipher = ? where id = ?")
                .params(now(), auditor, outcome.name(), cipher.encrypt(reason, RESOLUTION), appealId)
                .update();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    private Appeal toAppeal(ResultSet row, int rowNumber) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        UUID residentId = row.getObject("resident_id", UUID.class);
        return new Appeal(
                id,
                residentId,
                residents.view(residentId).maskedName(),
                row.getTimestamp("filed_at").toInstant(),
                row.getString("colour_at_filing"),
                cipher.decrypt(row.getBytes("statement_cipher"), STATEMENT),
                resolution(row));
    }

    private Optional<Appeal.Resolution> resolution(ResultSet row) throws SQLException {
        Timestamp resolvedAt = row.getTimestamp("resolved_at");
        if (resolvedAt == null) {
            return Optional.empty();
        }
        return Optional.of(new Appeal.Resolution(
                AppealOutcome.valueOf(row.getString("outcome")),
                resolvedAt.toInstant(),
                row.getString("resolved_by"),
                cipher.decrypt(row.getBytes("resolution_cipher"), RESOLUTION)));
    }

    private static String staff(String username) {
        return "staff:" + username;
    }

    private record AppealRow(UUID residentId, boolean resolved) {}
}
