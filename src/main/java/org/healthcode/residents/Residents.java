package org.healthcode.residents;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.healthcode.common.Masking;
import org.healthcode.common.RejectedException;
import org.healthcode.common.TimeProperties;
import org.healthcode.divisions.Division;
import org.healthcode.divisions.DivisionCode;
import org.healthcode.divisions.Divisions;
import org.healthcode.identity.DocumentType;
import org.healthcode.identity.IdentityDocument;
import org.healthcode.identity.IdentityDocuments;
import org.healthcode.identity.PhoneNumber;
import org.healthcode.identity.ResidentIdNumber;
import org.healthcode.login.AccountHolderLookup;
import org.healthcode.login.ResidentPrincipal;
import org.healthcode.privacy.LookupHasher;
import org.healthcode.privacy.PersonalDataCipher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers residents and their dependants and shows them masked. Identity document, name, phone and address are
 * stored only encrypted; the document and phone are found again by keyed hash, so one document can be registered only
 * once and one phone belongs to one account.
 */
@Service
public class Residents implements AccountHolderLookup {

    static final int MAX_DEPENDANTS = 10;
    static final int CHILD_UNTIL = 18;
    static final int ELDERLY_FROM = 60;

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final LookupHasher hasher;
    private final IdentityDocuments documents;
    private final Divisions divisions;
    private final TimeProperties time;
    private final Clock clock;
    /** Masked names of recently scanned residents: a name never changes, and a masked one shows one character. */
    private final Cache<UUID, String> maskedNames = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    Residents(
            JdbcClient jdbc,
            PersonalDataCipher cipher,
            LookupHasher hasher,
            IdentityDocuments documents,
            Divisions divisions,
            TimeProperties time,
            Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.hasher = hasher;
        this.documents = documents;
        this.divisions = divisions;
        this.time = time;
        this.clock = clock;
    }

    /** Registers the holder of a proven phone number. */
    @Transactional
    public ResidentView register(ResidentPrincipal principal, Registration registration) {
        PhoneNumber phone = principal.phoneNumber();
        if (residentWithPhone(phone).isPresent()) {
            throw new RejectedException(ResidentErrorCode.PHONE_ALREADY_REGISTERED, "phone");
        }

        return insert(new NewResident(validate(registration), Optional.of(phone), Optional.empty()));
    }

    /**
     * Registers a person without a phone under a guardian's account: a child under 18 or an elderly person of 60 or
     * more, as far as the document tells the age (resident ID numbers do; other documents are taken as declared).
     */
    @Transactional
    public ResidentView addDependant(UUID guardianId, Registration registration) {
        ValidRegistration valid = validate(registration);
        if (valid.document() instanceof ResidentIdNumber id && !dependantAge(id)) {
            throw new RejectedException(ResidentErrorCode.DEPENDANT_AGE, "documentNumber");
        }
        if (dependants(guardianId).size() >= MAX_DEPENDANTS) {
            throw new RejectedException(ResidentErrorCode.TOO_MANY_DEPENDANTS);
        }

        return insert(new NewResident(valid, Optional.empty(), Optional.of(guardianId)));
    }

    @Override
    public Optional<UUID> residentWithPhone(PhoneNumber phone) {
        return jdbc.sql("select id from resident where phone_hash = ?")
                .param(hasher.hash(phone.canonical()))
                .query(UUID.class)
                .optional();
    }

    /** The resident registered with this identity document, found by its keyed hash; the number is not stored. */
    public Optional<UUID> residentWithDocument(IdentityDocument document) {
        return jdbc.sql("select id from resident where document_hash = ?")
                .param(hasher.hash(document.canonical()))
                .query(UUID.class)
                .optional();
    }

    public ResidentView view(UUID id) {
        return jdbc.sql("select * from resident where id = ?")
                .param(id)
                .query(this::toView)
                .optional()
                .orElseThrow(() -> new RejectedException(ResidentErrorCode.RESIDENT_UNKNOWN));
    }

    /**
     * The resident's masked name, as checkpoints and venues show it: decrypts the name alone, and keeps it a while for
     * the next scan.
     *
     * @throws RejectedException {@code resident-unknown}
     */
    public String maskedName(UUID id) {
        return maskedNames.get(
                id,
                unknown -> jdbc.sql("select name_cipher from resident where id = ?")
                        .param(id)
                        .query((row, rowNumber) ->
                                Masking.name(cipher.decrypt(row.getBytes("name_cipher"), Column.NAME)))
                        .optional()
                        .orElseThrow(() -> new RejectedException(ResidentErrorCode.RESIDENT_UNKNOWN)));
    }

    public List<ResidentView> dependants(UUID guardianId) {
        return jdbc.sql("select * from resident where guardian_id = ? order by created_at")
                .param(guardianId)
                .query(this::toView)
                .list();
    }

    /** Ensures {@code actor} may act for {@code subject}: it is the actor or one of the actor's dependants. */
    public void requireManagedBy(UUID actor, UUID subject) {
        if (actor.equals(subject)) {
            return;
        }
        boolean guardian = jdbc.sql("select exists (select 1 from resident where id = ? and guardian_id = ?)")
                .params(subject, actor)
                .query(Boolean.class)
                .single();
        if (!guardian) {
            throw new RejectedException(ResidentErrorCode.RESIDENT_UNKNOWN);
        }
    }

    private boolean dependantAge(ResidentIdNumber id) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), time.zone());
        int age = Period.between(id.birthDate(), today).getYears();
        return age < CHILD_UNTIL || age >= ELDERLY_FROM;
    }

    private ValidRegistration validate(Registration registration) {
        IdentityDocument document = documents.parse(
                registration.documentType(), registration.documentNumber(), registration.issuingCountry(), clock);
        PersonName name = new PersonName(registration.name());
        DivisionCode home = DivisionCode.of(registration.homeDivision());
        divisions.require(home);
        return new ValidRegistration(document, name, home, new HomeAddress(registration.address()));
    }

    private ResidentView insert(NewResident resident) {
        UUID id = UUID.randomUUID();
        ValidRegistration valid = resident.registration();
        try {
            jdbc.sql("""
                            insert into resident (id, guardian_id, document_type, document_hash, document_cipher,
                                name_cipher, phone_hash, phone_cipher, home_division, address_cipher, created_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            resident.guardian().orElse(null),
                            valid.document().type().name(),
                            hasher.hash(valid.document().canonical()),
                            cipher.encrypt(valid.document().canonical(), Column.DOCUMENT),
                            cipher.encrypt(valid.name().value(), Column.NAME),
                            resident.phone()
                                    .map(phone -> hasher.hash(phone.canonical()))
                                    .orElse(null),
                            resident.phone()
                                    .map(phone -> cipher.encrypt(phone.canonical(), Column.PHONE))
                                    .orElse(null),
                            valid.home().value(),
                            cipher.encrypt(valid.address().value(), Column.ADDRESS),
                            Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException duplicate) {
            throw new RejectedException(duplicateReason(duplicate), "documentNumber");
        }
        return view(id);
    }

    private static ResidentErrorCode duplicateReason(DuplicateKeyException duplicate) {
        String message = String.valueOf(duplicate.getMostSpecificCause().getMessage());
        return message.contains("phone_hash")
                ? ResidentErrorCode.PHONE_ALREADY_REGISTERED
                : ResidentErrorCode.DOCUMENT_ALREADY_REGISTERED;
    }

    private ResidentView toView(ResultSet row, int rowNumber) throws SQLException {
        String document = cipher.decrypt(row.getBytes("document_cipher"), Column.DOCUMENT);
        String home = row.getString("home_division");
        byte[] phone = row.getBytes("phone_cipher");
        return new ResidentView(
                row.getObject("id", UUID.class),
                DocumentType.valueOf(row.getString("document_type")),
                Masking.documentNumber(document.substring(document.lastIndexOf(':') + 1)),
                Masking.name(cipher.decrypt(row.getBytes("name_cipher"), Column.NAME)),
                phone == null
                        ? ""
                        : PhoneNumber.of(cipher.decrypt(phone, Column.PHONE)).masked(),
                home,
                divisions.find(home).map(Division::fullName).orElse(home),
                row.getObject("guardian_id") != null);
    }

    /** The associated-data labels that bind each ciphertext to its column. */
    static final class Column {
        static final String DOCUMENT = "resident.document";
        static final String NAME = "resident.name";
        static final String PHONE = "resident.phone";
        static final String ADDRESS = "resident.address";

        private Column() {}
    }

    private record ValidRegistration(
            IdentityDocument document, PersonName name, DivisionCode home, HomeAddress address) {}

    private record NewResident(ValidRegistration registration, Optional<PhoneNumber> phone, Optional<UUID> guardian) {}
}
