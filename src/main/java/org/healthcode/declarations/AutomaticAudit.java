package org.healthcode.declarations;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The automatic checks run on every declaration. A declaration with no flag passes the audit at once; any flag sends
 * it to an auditor. The checks only flag: a restriction is always a person's recorded decision.
 */
@Component
class AutomaticAudit {

    static final String CHECK_SET = "declaration-checks-v1";

    private final AuditProperties settings;

    AutomaticAudit(AuditProperties settings) {
        this.settings = settings;
    }

    Set<AuditFlag> flags(DeclarationContent declaration) {
        Set<AuditFlag> flags = EnumSet.noneOf(AuditFlag.class);
        if (declaration.health().temperature().compareTo(settings.feverThreshold()) >= 0) {
            flags.add(AuditFlag.FEVER);
        }
        if (!declaration.health().symptoms().isEmpty()) {
            flags.add(AuditFlag.SYMPTOMS);
        }
        if (declaration.contacts().confirmedCaseContact()
                || declaration.contacts().suspectedCaseContact()) {
            flags.add(AuditFlag.CASE_CONTACT);
        }
        if (declaration.travel().visitedDivisions().stream().anyMatch(this::inRiskArea)) {
            flags.add(AuditFlag.RISK_AREA_TRAVEL);
        }
        return flags;
    }

    private boolean inRiskArea(String division) {
        return settings.riskDivisions().stream().anyMatch(prefix -> !prefix.isBlank() && division.startsWith(prefix));
    }
}
