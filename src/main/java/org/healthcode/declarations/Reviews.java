package org.healthcode.declarations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthcode.common.RejectedException;
import org.healthcode.facts.FactKind;
import org.healthcode.facts.FactStore;
import org.healthcode.facts.NewFact;
import org.healthcode.privacy.PersonalDataCipher;
import org.healthcode.residents.ResidentView;
import org.healthcode.residents.Residents;
import org.healthcode.rules.ColourChanges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The auditors' review queue: declarations flagged by the automatic checks, oldest first. Every decision needs a
 * written reason, a restriction also a category from a fixed list; the decision is recorded as a fact.
 */
@Service
public class Reviews {

    private static final TypeReference<List<String>> FLAGS = new TypeReference<>() {};
    private static final int MIN_REASON = 5;
    private static final int MAX_REASON = 500;

    static final String REASON = "review_case.reason";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final JsonMapper json;
    private final FactStore facts;
    private final Residents residents;
    private final ColourChanges colourChanges;
    private final Clock clock;

    Reviews(
            JdbcClient jdbc,
            PersonalDataCipher cipher,
            JsonMapper json,
            FactStore facts,
            Residents residents,
            ColourChanges colourChanges,
            Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.json = json;
        this.facts = facts;
        this.residents = residents;
        this.colourChanges = colourChanges;
        this.clock = clock;
    }

    /** Open cases, oldest first, at most {@code limit}. */
    public List<ReviewCase> open(int limit) {
        return jdbc.sql("select * from review_case where decided_at is null order by flagged_at limit ?")
                .param(Math.min(Math.max(limit, 1), 500))
                .query(this::toCase)
                .list();
    }

    /** A decision: approve, or restrict for a category; always with a written reason. */
    public record Decision(ReviewOutcome outcome, RestrictionCategory category, String reason) {}

    /** Records an auditor's decision on an open case. */
    @Transactional
    public void decide(UUID declarationId, Decision decision, String auditor) {
        String reason = requireReason(decision);
        CaseState state = jdbc.sql("""
                        select c.resident_id, c.decided_at is not null as decided,
                            c.declaration_id = (select d.id from declaration d where d.resident_id = c.resident_id
                                                order by d.version desc limit 1) as latest
                        from review_case c where c.declaration_id = ? for update of c""")
                .param(declarationId)
                .query((row, n) -> new CaseState(
                        row.getObject("resident_id", UUID.class), row.getBoolean("decided"), row.getBoolean("latest")))
                .optional()
                .orElseThrow(() -> new RejectedException(DeclarationErrorCode.REVIEW_UNKNOWN));
        if (state.decided()) {
            throw new RejectedException(DeclarationErrorCode.REVIEW_ALREADY_DECIDED);
        }
        if (!state.latest()) {
            throw new RejectedException(DeclarationErrorCode.REVIEW_SUPERSEDED);
        }

        jdbc.sql("update review_case set decided_at = ?, decided_by = ?, outcome = ?, reason_cipher = ?"
                        + " where declaration_id = ?")
                .params(
                        Timestamp.from(clock.instant()),
                        auditor,
                        decision.outcome().name(),
                        cipher.encrypt(reason, REASON),
                        declarationId)
                .update();
        facts.record(
                toFact(state.residentId(), declarationId, decision, auditor).because(reason));
        colourChanges.reevaluate(state.residentId());
    }

    private static NewFact toFact(UUID residentId, UUID declarationId, Decision decision, String auditor) {
        Map<String, Object> detail = new HashMap<>();
        detail.put("declaration", declarationId.toString());
        FactKind kind = FactKind.REVIEW_APPROVED;
        if (decision.outcome() == ReviewOutcome.RESTRICT) {
            detail.put("category", decision.category().name());
            kind = FactKind.REVIEW_RESTRICTED;
        }
        return NewFact.of(residentId, kind, detail, "staff:" + auditor);
    }

    private static String requireReason(Decision decision) {
        String reason = decision.reason() == null ? "" : decision.reason().strip();
        boolean printable = reason.codePoints().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t');
        if (reason.length() < MIN_REASON || reason.length() > MAX_REASON || !printable) {
            throw new RejectedException(DeclarationErrorCode.REVIEW_REASON_MISSING, "reason");
        }
        if (decision.outcome() == ReviewOutcome.RESTRICT && decision.category() == null) {
            throw new RejectedException(DeclarationErrorCode.REVIEW_CATEGORY_MISSING, "category");
        }
        return reason;
    }

    private ReviewCase toCase(ResultSet row, int rowNumber) throws SQLException {
        ResidentView resident = residents.view(row.getObject("resident_id", UUID.class));
        return new ReviewCase(
                row.getObject("declaration_id", UUID.class),
                resident.id(),
                resident.maskedName(),
                resident.homeDivision(),
                resident.homeDivisionName(),
                json.readValue(row.getString("flags"), FLAGS),
                row.getTimestamp("flagged_at").toInstant());
    }

    private record CaseState(UUID residentId, boolean decided, boolean latest) {}
}
