package org.healthcode.declarations;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.healthcode.common.RejectedException;
import org.healthcode.common.TimeProperties;
import org.healthcode.divisions.DivisionCode;
import org.healthcode.divisions.Divisions;
import org.healthcode.facts.FactKind;
import org.healthcode.facts.FactStore;
import org.healthcode.facts.NewFact;
import org.healthcode.privacy.PersonalDataCipher;
import org.healthcode.rules.ColourChanges;
import org.healthcode.status.AuditState;
import org.healthcode.status.Statuses;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Accepts health declarations and runs the background audit on each. A declaration is stored encrypted as a new
 * version; the submission and the audit outcome are recorded as facts in the same transaction, so a declaration is
 * never stored without its audit.
 */
@Service
public class Declarations {

    private static final BigDecimal LOWEST_TEMPERATURE = new BigDecimal("34.0");
    private static final BigDecimal HIGHEST_TEMPERATURE = new BigDecimal("43.0");
    static final String CONTENT = "declaration.content";
    /** No COVID-19 vaccine was given before mid-2020, even in trials. */
    private static final LocalDate FIRST_VACCINATIONS = LocalDate.of(2020, 7, 1);

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final JsonMapper json;
    private final FactStore facts;
    private final Statuses statuses;
    private final AutomaticAudit audit;
    private final Divisions divisions;
    private final TimeProperties time;
    private final ColourChanges colourChanges;
    private final Clock clock;

    Declarations(
            JdbcClient jdbc,
            PersonalDataCipher cipher,
            JsonMapper json,
            FactStore facts,
            Statuses statuses,
            AutomaticAudit audit,
            Divisions divisions,
            TimeProperties time,
            ColourChanges colourChanges,
            Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.json = json;
        this.facts = facts;
        this.statuses = statuses;
        this.audit = audit;
        this.divisions = divisions;
        this.time = time;
        this.colourChanges = colourChanges;
        this.clock = clock;
    }

    /** The outcome of a submission: the new version and the flags that sent it to review, if any. */
    public record Submitted(UUID declarationId, int version, Set<AuditFlag> flags) {}

    /**
     * Stores a new version of {@code residentId}'s declaration, submitted by {@code submittedBy} (the resident or
     * their guardian), and audits it.
     */
    @Transactional
    public Submitted submit(UUID residentId, UUID submittedBy, String homeDivision, DeclarationContent content) {
        check(content);
        jdbc.sql("select pg_advisory_xact_lock(?)")
                .param(residentId.getMostSignificantBits() ^ residentId.getLeastSignificantBits())
                .query((row, n) -> 1)
                .single();
        Set<AuditFlag> pending = pendingAuditorDecisions(residentId);
        int version = latestVersion(residentId) + 1;
        UUID id = UUID.randomUUID();

        jdbc.sql("""
                        insert into declaration (id, resident_id, version, submitted_at, submitted_by, content_cipher)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        residentId,
                        version,
                        Timestamp.from(clock.instant()),
                        submittedBy,
                        cipher.encrypt(json.writeValueAsString(content), CONTENT))
                .update();
        String actor = "resident:" + submittedBy;
        facts.record(NewFact.of(
                residentId,
                FactKind.DECLARATION_SUBMITTED,
                Map.of("declaration", id.toString(), "version", version),
                actor));
        Set<AuditFlag> flags = audit.flags(content);
        flags.addAll(pending);
        recordAudit(residentId, id, homeDivision, flags);
        colourChanges.reevaluate(residentId);
        return new Submitted(id, version, flags);
    }

    /** The latest declaration of a resident, decrypted, if any. */
    public Optional<DeclarationContent> latest(UUID residentId) {
        return jdbc.sql("select content_cipher from declaration where resident_id = ? order by version desc limit 1")
                .param(residentId)
                .query((row, n) -> json.readValue(
                        cipher.decrypt(row.getBytes("content_cipher"), CONTENT), DeclarationContent.class))
                .optional();
    }

    /**
     * What an auditor still has to decide about this person: a restriction in force, or an earlier declaration waiting
     * for review. Either sends the new declaration to review too, so a new declaration never undoes a review.
     */
    private Set<AuditFlag> pendingAuditorDecisions(UUID residentId) {
        Set<AuditFlag> pending = EnumSet.noneOf(AuditFlag.class);
        if (statuses.current(residentId).audit() == AuditState.RESTRICTED) {
            pending.add(AuditFlag.RESTRICTION_IN_FORCE);
        }
        boolean openReview = jdbc.sql(
                        "select exists (select 1 from review_case where resident_id = ? and decided_at is null)")
                .param(residentId)
                .query(Boolean.class)
                .single();
        if (openReview) {
            pending.add(AuditFlag.EARLIER_DECLARATION_UNREVIEWED);
        }
        return pending;
    }

    private void recordAudit(UUID residentId, UUID declarationId, String homeDivision, Set<AuditFlag> flags) {
        jdbc.sql("""
                        update review_case set decided_at = ?, decided_by = 'system:audit', outcome = 'SUPERSEDED'
                        where resident_id = ? and decided_at is null""").params(Timestamp.from(clock.instant()), residentId).update();
        if (flags.isEmpty()) {
            facts.record(NewFact.of(
                    residentId,
                    FactKind.DECLARATION_CLEARED,
                    Map.of("declaration", declarationId.toString(), "checks", AutomaticAudit.CHECK_SET),
                    "system:audit"));
            return;
        }

        List<String> flagNames = flags.stream().map(Enum::name).sorted().toList();
        facts.record(NewFact.of(
                residentId,
                FactKind.DECLARATION_FLAGGED,
                Map.of("declaration", declarationId.toString(), "checks", AutomaticAudit.CHECK_SET, "flags", flagNames),
                "system:audit"));
        jdbc.sql("""
                        insert into review_case (declaration_id, resident_id, home_division, flags, flagged_at)
                        values (?, ?, ?, cast(? as jsonb), ?)""")
                .params(
                        declarationId,
                        residentId,
                        homeDivision,
                        json.writeValueAsString(flagNames),
                        Timestamp.from(clock.instant()))
                .update();
    }

    private int latestVersion(UUID residentId) {
        return jdbc.sql("select coalesce(max(version), 0) from declaration where resident_id = ?")
                .param(residentId)
                .query(Integer.class)
                .single();
    }

    private void check(DeclarationContent content) {
        divisions.require(DivisionCode.of(content.basic().currentDivision()));
        BigDecimal temperature = content.health().temperature();
        if (temperature.compareTo(LOWEST_TEMPERATURE) < 0 || temperature.compareTo(HIGHEST_TEMPERATURE) > 0) {
            throw new RejectedException(DeclarationErrorCode.TEMPERATURE_OUT_OF_RANGE, "health.temperature");
        }
        for (String visited : content.travel().visitedDivisions()) {
            if (!divisions.exists(visited)) {
                throw new RejectedException(DeclarationErrorCode.TRAVEL_DIVISION_UNKNOWN, "travel.visitedDivisions");
            }
        }
        checkVaccination(content.contacts());
    }

    private void checkVaccination(DeclarationContent.Contacts contacts) {
        if (contacts.vaccineDoses() < 0 || contacts.vaccineDoses() > 6) {
            throw new RejectedException(DeclarationErrorCode.VACCINE_DOSES_OUT_OF_RANGE, "contacts.vaccineDoses");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), time.zone());
        if (contacts.lastVaccination() != null && contacts.lastVaccination().isAfter(today)) {
            throw new RejectedException(DeclarationErrorCode.DATE_IN_FUTURE, "contacts.lastVaccination");
        }
        if (contacts.lastVaccination() != null && contacts.lastVaccination().isBefore(FIRST_VACCINATIONS)) {
            throw new RejectedException(DeclarationErrorCode.VACCINATION_DATE_IMPLAUSIBLE, "contacts.lastVaccination");
        }
    }
}
