package org.healthcode.mycode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.healthcode.codes.CodeIssuer;
import org.healthcode.codes.CodeSubjects;
import org.healthcode.codes.Colour;
import org.healthcode.codes.HealthCode;
import org.healthcode.codes.IssuedCode;
import org.healthcode.codes.TestRecency;
import org.healthcode.codes.qr.QrRenderer;
import org.healthcode.common.RejectedException;
import org.healthcode.residents.Residents;
import org.healthcode.status.HealthStatus;
import org.healthcode.status.Statuses;
import org.springframework.stereotype.Service;

/**
 * Shows a person their screen code in their current colour. Signing is the expensive step, so a code issued for the
 * same person and colour is shown again while more than half of its validity remains; a change of colour always
 * issues a new code. The cache lives in this node's memory only.
 */
@Service
public class ScreenCodes {

    static final int MAX_CACHED = 100_000;

    private final Statuses statuses;
    private final Residents residents;
    private final CodeSubjects subjects;
    private final CodeIssuer issuer;
    private final QrRenderer qr;
    private final Clock clock;
    private final Map<UUID, CachedCode> cache = new ConcurrentHashMap<>();

    ScreenCodes(
            Statuses statuses,
            Residents residents,
            CodeSubjects subjects,
            CodeIssuer issuer,
            QrRenderer qr,
            Clock clock) {
        this.statuses = statuses;
        this.residents = residents;
        this.subjects = subjects;
        this.issuer = issuer;
        this.qr = qr;
        this.clock = clock;
    }

    /** The person's screen code now; refused with {@code code-not-issuable} before their first completed audit. */
    public ScreenCode current(UUID residentId) {
        HealthStatus status = statuses.current(residentId);
        if (!status.codeIssuable()) {
            throw new RejectedException(MyCodeErrorCode.CODE_NOT_ISSUABLE);
        }

        Colour colour = ColourMapping.toCode(status.colour().orElseThrow());
        TestRecency recency = ColourMapping.toCode(status.recency());
        CachedCode code = cache.get(residentId);
        if (code == null || !code.reusableFor(colour, recency, clock.instant())) {
            code = issue(residentId, colour, recency);
        }
        HealthCode claims = code.issued().claims();
        String maskedName = residents.view(residentId).maskedName();
        return new ScreenCode(
                code.issued().text(), colour, claims.issuedAt(), claims.expiresAt(), maskedName, code.svg());
    }

    private CachedCode issue(UUID residentId, Colour colour, TestRecency recency) {
        IssuedCode issued = issuer.issueScreen(subjects.tokenOf(residentId), colour, recency);
        CachedCode code = new CachedCode(issued, qr.svg(issued.text()));
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(residentId, code);
        return code;
    }

    private record CachedCode(IssuedCode issued, String svg) {

        boolean reusableFor(Colour colour, TestRecency recency, Instant now) {
            HealthCode claims = issued.claims();
            Duration validity = Duration.between(claims.issuedAt(), claims.expiresAt());
            Duration remaining = Duration.between(now, claims.expiresAt());
            return claims.colour().orElseThrow() == colour
                    && claims.recency().equals(recency)
                    && remaining.compareTo(validity.dividedBy(2)) > 0
                    && !now.isBefore(claims.issuedAt());
        }
    }
}
