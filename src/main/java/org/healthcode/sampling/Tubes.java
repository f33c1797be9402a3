package org.healthcode.sampling;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.healthcode.cards.Cards;
import org.healthcode.codes.CodeSubjects;
import org.healthcode.codes.CodeVerifier;
import org.healthcode.codes.HealthCode;
import org.healthcode.common.RejectedException;
import org.healthcode.common.TimeProperties;
import org.healthcode.identity.IdentityDocument;
import org.healthcode.identity.IdentityDocuments;
import org.healthcode.residents.Residents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens tubes, binds people to them and seals them. A tube seals itself when it is full; a sampler seals a tube that
 * is not full. A person is in at most one open tube per round (enforced by the database as well), and nobody can be
 * bound to a sealed tube. Each binding locks the tube row, so two samplers cannot overfill one tube.
 */
@Service
public class Tubes {

    private static final Logger log = LoggerFactory.getLogger(Tubes.class);

    private final JdbcClient jdbc;
    private final SamplingSites sites;
    private final SamplingProperties settings;
    private final CodeVerifier verifier;
    private final CodeSubjects subjects;
    private final Cards cards;
    private final IdentityDocuments documents;
    private final Residents residents;
    private final TimeProperties time;
    private final Clock clock;

    Tubes(
            JdbcClient jdbc,
            SamplingSites sites,
            SamplingProperties settings,
            CodeVerifier verifier,
            CodeSubjects subjects,
            Cards cards,
            IdentityDocuments documents,
            Residents residents,
            TimeProperties time,
            Clock clock) {
        this.jdbc = jdbc;
        this.sites = sites;
        this.settings = settings;
        this.verifier = verifier;
        this.subjects = subjects;
        this.cards = cards;
        this.documents = documents;
        this.residents = residents;
        this.time = time;
        this.clock = clock;
    }

    /** Opens an empty tube at a site. */
    @Transactional
    public TubeView open(TubeToOpen request, String sampler) {
        TubeBarcode barcode = TubeBarcode.of(request.barcode());
        TubeKind kind = TubeKind.fromName(request.kind());
        int capacity = capacityOf(kind, request.poolSize());
        LocalDate round = roundOf(request.round());
        sites.require(request.siteId());

        try {
            jdbc.sql("""
                            insert into tube (barcode, kind, capacity, site_id, round, opened_at, opened_by)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            barcode.value(),
                            kind.name(),
                            capacity,
                            request.siteId(),
                            Date.valueOf(round),
                            now(),
                            sampler)
                    .update();
        } catch (DuplicateKeyException reused) {
            throw new RejectedException(SamplingErrorCode.TUBE_EXISTS, TubeBarcode.FIELD);
        }
        log.atInfo().setMessage("tube opened").addKeyValue("kind", kind).log();
        return view(barcode);
    }

    /** Puts a person into an open tube; the tube seals itself when this fills it. */
    @Transactional
    public TubeView bind(TubeBarcode barcode, PersonToBind person, String sampler) {
        UUID resident = identify(person);
        OpenTube tube = lockOpen(barcode);
        requireNotBound(tube, resident);

        try {
            jdbc.sql("insert into tube_member (barcode, resident_id, round, bound_at, bound_by) values (?, ?, ?, ?, ?)")
                    .params(barcode.value(), resident, Date.valueOf(tube.round()), now(), sampler)
                    .update();
        } catch (DuplicateKeyException raced) {
            throw new RejectedException(SamplingErrorCode.ALREADY_IN_OPEN_TUBE);
        }
        if (memberCount(barcode) >= tube.capacity()) {
            close(barcode, "system:sampling");
        }
        return view(barcode);
    }

    /** Seals a tube that is not full yet; nobody can be bound to it afterwards. */
    @Transactional
    public TubeView seal(TubeBarcode barcode, String sampler) {
        lockOpen(barcode);
        if (memberCount(barcode) == 0) {
            throw new RejectedException(SamplingErrorCode.TUBE_EMPTY);
        }

        close(barcode, sampler);
        return view(barcode);
    }

    public TubeView view(TubeBarcode barcode) {
        return find(barcode).orElseThrow(() -> new RejectedException(SamplingErrorCode.TUBE_UNKNOWN));
    }

    public Optional<TubeView> find(TubeBarcode barcode) {
        return jdbc.sql("select * from tube where barcode = ?")
                .param(barcode.value())
                .query((row, n) -> toView(row))
                .optional();
    }

    /**
     * Records a sealed single tube holding one person, for a laboratory result that names the person but no tube
     * (a FHIR Observation without a specimen). Does nothing if the tube exists already.
     *
     * @return whether the tube holds exactly this person (false if the barcode belongs to someone else's tube)
     */
    @Transactional
    public boolean recordSingleSampledByLab(TubeBarcode barcode, UUID resident, Instant sampledAt, String lab) {
        Timestamp sampled = Timestamp.from(sampledAt);
        Date round = Date.valueOf(LocalDate.ofInstant(sampledAt, time.zone()));
        jdbc.sql("""
                        insert into tube (barcode, kind, capacity, round, opened_at, opened_by, sealed_at, sealed_by)
                        values (?, 'SINGLE', 1, ?, ?, ?, ?, ?) on conflict (barcode) do nothing""").params(barcode.value(), round, sampled, lab, sampled, lab).update();
        jdbc.sql("""
                        insert into tube_member (barcode, resident_id, round, open, bound_at, bound_by)
                        select ?, ?, ?, false, ?, ? where not exists (select 1 from tube_member where barcode = ?)""")
                .params(barcode.value(), resident, round, sampled, lab, barcode.value())
                .update();
        return jdbc.sql("select array_agg(resident_id) = array[?]::uuid[] from tube_member where barcode = ?")
                .params(resident, barcode.value())
                .query(Boolean.class)
                .single();
    }

    private UUID identify(PersonToBind person) {
        if (person.hasCode()) {
            return holderOfCode(person.code().strip());
        }
        if (!person.hasDocument()) {
            throw new RejectedException(SamplingErrorCode.PERSON_MISSING);
        }

        IdentityDocument document =
                documents.parse(person.documentType(), person.documentNumber(), person.issuingCountry(), clock);
        return residents
                .residentWithDocument(document)
                .orElseThrow(() -> new RejectedException(SamplingErrorCode.PERSON_UNKNOWN, IdentityDocument.FIELD));
    }

    private UUID holderOfCode(String text) {
        HealthCode claims = verifier.verify(text).claimsOrThrow();
        UUID holder = subjects.holderOf(claims.subject())
                .orElseThrow(() -> new RejectedException(SamplingErrorCode.PERSON_UNKNOWN, "code"));
        claims.cardSerial().ifPresent(serial -> cards.requireInUse(serial, holder));
        return holder;
    }

    private OpenTube lockOpen(TubeBarcode barcode) {
        OpenTube tube = jdbc.sql("select capacity, round, sealed_at from tube where barcode = ? for update")
                .param(barcode.value())
                .query((row, n) -> new OpenTube(
                        barcode.value(),
                        row.getInt("capacity"),
                        row.getObject("round", LocalDate.class),
                        row.getTimestamp("sealed_at") != null))
                .optional()
                .orElseThrow(() -> new RejectedException(SamplingErrorCode.TUBE_UNKNOWN, TubeBarcode.FIELD));
        if (tube.sealed()) {
            throw new RejectedException(SamplingErrorCode.TUBE_SEALED, TubeBarcode.FIELD);
        }
        return tube;
    }

    private void requireNotBound(OpenTube tube, UUID resident) {
        String state = jdbc.sql("""
                        select case when exists (select 1 from tube_member where barcode = ? and resident_id = ?)
                                    then 'this'
                                    when exists (select 1 from tube_member where resident_id = ? and round = ? and open)
                                    then 'other' end""")
                .params(tube.barcode(), resident, resident, Date.valueOf(tube.round()))
                .query(String.class)
                .optional()
                .orElse(null);
        if ("this".equals(state)) {
            throw new RejectedException(SamplingErrorCode.ALREADY_IN_TUBE);
        }
        if ("other".equals(state)) {
            throw new RejectedException(SamplingErrorCode.ALREADY_IN_OPEN_TUBE);
        }
    }

    private void close(TubeBarcode barcode, String sealedBy) {
        jdbc.sql("update tube set sealed_at = ?, sealed_by = ? where barcode = ?")
                .params(now(), sealedBy, barcode.value())
                .update();
        jdbc.sql("update tube_member set open = false where barcode = ?")
                .param(barcode.value())
                .update();
        log.atInfo().setMessage("tube sealed").log();
    }

    private int memberCount(TubeBarcode barcode) {
        return jdbc.sql("select count(*) from tube_member where barcode = ?")
                .param(barcode.value())
                .query(Integer.class)
                .single();
    }

    private int capacityOf(TubeKind kind, Integer poolSize) {
        if (kind == TubeKind.SINGLE) {
            return 1;
        }
        int size = poolSize == null ? settings.defaultPoolSize() : poolSize;
        if (!settings.poolSizes().contains(size)) {
            throw new RejectedException(SamplingErrorCode.POOL_SIZE_NOT_ALLOWED, "poolSize");
        }
        return size;
    }

    private LocalDate roundOf(String round) {
        if (round == null || round.isBlank()) {
            return LocalDate.ofInstant(clock.instant(), time.zone());
        }
        try {
            return LocalDate.parse(round.strip());
        } catch (DateTimeParseException notADate) {
            throw new RejectedException(SamplingErrorCode.ROUND_INVALID, "round");
        }
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private TubeView toView(ResultSet row) throws SQLException {
        String barcode = row.getString("barcode");
        Timestamp sealedAt = row.getTimestamp("sealed_at");
        return new TubeView(
                barcode,
                TubeKind.valueOf(row.getString("kind")),
                row.getInt("capacity"),
                row.getObject("round", LocalDate.class),
                row.getObject("site_id", UUID.class),
                maskedNames(barcode),
                sealedAt != null,
                sealedAt == null ? null : sealedAt.toInstant());
    }

    private List<String> maskedNames(String barcode) {
        return jdbc
                .sql("select resident_id from tube_member where barcode = ? order by bound_at, resident_id")
                .param(barcode)
                .query(UUID.class)
                .list()
                .stream()
                .map(id -> residents.view(id).maskedName())
                .toList();
    }

    private record OpenTube(String barcode, int capacity, LocalDate round, boolean sealed) {}
}
