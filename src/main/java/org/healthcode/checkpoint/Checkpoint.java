package org.healthcode.checkpoint;

import java.util.Optional;
import java.util.UUID;
import org.healthcode.cards.Cards;
import org.healthcode.codes.CodeRejection;
import org.healthcode.codes.CodeSubjects;
import org.healthcode.codes.CodeVerifier;
import org.healthcode.codes.HealthCode;
import org.healthcode.common.RejectedException;
import org.healthcode.residents.Residents;
import org.healthcode.status.Colour;
import org.healthcode.status.HealthStatus;
import org.healthcode.status.Statuses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Checks a code the way an online checkpoint does: first exactly as an offline verifier would (format, key,
 * signature, validity), then it finds the holder by the subject token, refuses a card whose serial is not in use,
 * and decides on their colour now. The server wins: a code that still shows green lets nobody pass whose colour has
 * since changed, and a card code, which shows no colour, always takes its colour from the server.
 */
@Service
public class Checkpoint {

    private static final Logger log = LoggerFactory.getLogger(Checkpoint.class);

    private final CodeVerifier verifier;
    private final CodeSubjects subjects;
    private final Statuses statuses;
    private final Residents residents;
    private final Cards cards;

    Checkpoint(CodeVerifier verifier, CodeSubjects subjects, Statuses statuses, Residents residents, Cards cards) {
        this.verifier = verifier;
        this.subjects = subjects;
        this.statuses = statuses;
        this.residents = residents;
        this.cards = cards;
    }

    /** The decision for this code text, or a {@link RejectedException} with a {@link CodeRejection}. */
    public CheckResult check(String text) {
        if (text == null) {
            throw new RejectedException(CodeRejection.UNREADABLE, "code");
        }

        HealthCode claims = verifier.verify(text).claimsOrThrow();
        UUID holder = subjects.holderOf(claims.subject())
                .orElseThrow(() -> new RejectedException(CodeRejection.UNKNOWN_PERSON));
        claims.cardSerial().ifPresent(serial -> cards.requireInUse(serial, holder));
        HealthStatus status = statuses.current(holder);
        Optional<Colour> current = status.colour();
        Optional<String> shown = claims.colour().map(Enum::name);
        String colour = current.map(Enum::name).orElse("NONE");
        Decision decision = current.filter(Colour.GREEN::equals).isPresent() ? Decision.ALLOW : Decision.DENY;
        log.atInfo()
                .setMessage("checkpoint decided")
                .addKeyValue("decision", decision)
                .addKeyValue("kind", claims.kind())
                .log();
        return new CheckResult(
                decision,
                colour,
                shown.orElse(null),
                shown.isPresent() && !shown.get().equals(colour),
                residents.maskedName(holder),
                claims.issuedAt(),
                claims.expiresAt(),
                status.recency());
    }
}
