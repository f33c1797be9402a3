package org.healthcode.cards;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.healthcode.codes.CardSerial;
import org.healthcode.codes.CodeIssuer;
import org.healthcode.codes.CodeRejection;
import org.healthcode.codes.CodeSubjects;
import org.healthcode.codes.IssuedCode;
import org.healthcode.codes.TestRecency;
import org.healthcode.codes.qr.QrRenderer;
import org.healthcode.common.RejectedException;
import org.healthcode.residents.Residents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Printable card codes for people without a phone, or anyone who wants one. A card carries no colour, only a serial;
 * a checkpoint looks the colour up online and refuses a serial that is revoked or unknown. A person has at most one
 * card in use: issuing a new one revokes the previous one in the same transaction.
 *
 * <p>Only the serial and the issue time are stored, never the code text: the page signs the same claims again each
 * time it is shown, so a reprint carries the same serial, issue time and expiry.
 */
@Service
public class Cards {

    private static final Logger log = LoggerFactory.getLogger(Cards.class);

    private final JdbcClient jdbc;
    private final CodeSubjects subjects;
    private final CodeIssuer issuer;
    private final QrRenderer qr;
    private final Residents residents;
    private final Clock clock;

    Cards(JdbcClient jdbc, CodeSubjects subjects, CodeIssuer issuer, QrRenderer qr, Residents residents, Clock clock) {
        this.jdbc = jdbc;
        this.subjects = subjects;
        this.issuer = issuer;
        this.qr = qr;
        this.residents = residents;
        this.clock = clock;
    }

    /** Issues a new card for the person, revoking the card they had; {@code actor} is who asked for it. */
    @Transactional
    public PrintableCard issue(UUID residentId, UUID actor) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        revokeCurrent(residentId, actor, now);

        long serial = insert(residentId, now);
        log.atInfo().setMessage("card issued").log();
        return printable(residentId, serial, now);
    }

    /** Revokes the person's card in use; refused with {@code no-card} if they have none. */
    @Transactional
    public void revoke(UUID residentId, UUID actor) {
        if (!revokeCurrent(residentId, actor, clock.instant())) {
            throw new RejectedException(CardErrorCode.NO_CARD);
        }

        log.atInfo().setMessage("card revoked").log();
    }

    /** The person's card in use, signed again with its original issue time, if they have one. */
    public Optional<PrintableCard> current(UUID residentId) {
        return jdbc.sql("select serial, issued_at from card where resident_id = ? and revoked_at is null")
                .param(residentId)
                .query((row, rowNumber) -> printable(
                        residentId,
                        row.getLong("serial"),
                        row.getTimestamp("issued_at").toInstant()))
                .optional();
    }

    /** Whether the person has a card in use. */
    public boolean hasCardInUse(UUID residentId) {
        return jdbc.sql("select exists (select 1 from card where resident_id = ? and revoked_at is null)")
                .param(residentId)
                .query(Boolean.class)
                .single();
    }

    /**
     * Ensures this serial names a card in use that belongs to this holder; anything else is refused as
     * {@code revoked-card}, so that a checkpoint cannot tell an unknown serial from a revoked one.
     */
    public void requireInUse(CardSerial serial, UUID holder) {
        boolean inUse = jdbc.sql("select exists (select 1 from card where serial = ? and resident_id = ?"
                        + " and revoked_at is null)")
                .params(serial.value(), holder)
                .query(Boolean.class)
                .single();
        if (!inUse) {
            throw new RejectedException(CodeRejection.REVOKED_CARD);
        }
    }

    private boolean revokeCurrent(UUID residentId, UUID actor, Instant now) {
        int revoked = jdbc.sql("update card set revoked_at = ?, revoked_by = ? where resident_id = ?"
                        + " and revoked_at is null")
                .params(Timestamp.from(now), "resident:" + actor, residentId)
                .update();
        return revoked > 0;
    }

    private long insert(UUID residentId, Instant now) {
        try {
            return jdbc.sql("insert into card (resident_id, issued_at) values (?, ?) returning serial")
                    .params(residentId, Timestamp.from(now))
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException concurrentIssue) {
            throw new RejectedException(CardErrorCode.CARD_BEING_ISSUED);
        }
    }

    private PrintableCard printable(UUID residentId, long serial, Instant issuedAt) {
        IssuedCode code =
                issuer.issueCard(subjects.tokenOf(residentId), CardSerial.of(serial), issuedAt, TestRecency.NONE);
        return new PrintableCard(
                serial,
                residents.view(residentId).maskedName(),
                issuedAt,
                code.claims().expiresAt(),
                code.text(),
                qr.svg(code.text()));
    }
}
