package org.healthcode.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.healthcode.declarations.DeclarationContent;
import org.healthcode.declarations.Occupation;
import org.healthcode.divisions.Divisions;
import org.healthcode.identity.PhoneNumber;
import org.healthcode.identity.ResidentIdNumber;
import org.healthcode.privacy.LookupHasher;
import org.healthcode.privacy.PersonalDataCipher;
import org.healthcode.residents.HomeAddress;
import org.healthcode.residents.PersonName;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes, set-based with COPY, the rows the application itself would have written for a round of mass testing before
 * the lab reports: registered residents (document, name, phone and address encrypted with the server's data key and
 * context, look-up hashes under its look-up key), one declaration each that passed the automatic audit
 * (DECLARATION_SUBMITTED and DECLARATION_CLEARED facts), a code subject, and sealed mixed tubes with their members.
 * Everyone is then marked due, so that the server itself derives and records their first colour, as
 * {@code Declarations.submit} would have done.
 */
final class Population {

    static final String LAB = "BENCH-LAB";
    static final String HOME = "310115";
    static final String SAMPLER = "staff:bench-sampler";

    private final BenchSettings settings;
    private final PersonalDataCipher cipher;
    private final LookupHasher hasher;
    private final Instant registeredAt;
    private final Instant sampledAt;
    private final long[] residentIds;

    Population(BenchSettings settings, PersonalDataCipher cipher, LookupHasher hasher, Instant now) {
        this.settings = settings;
        this.cipher = cipher;
        this.hasher = hasher;
        this.registeredAt = now.minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        this.sampledAt = now.minus(6, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        this.residentIds = new long[settings.residents() * 2];
        SplittableRandom random = new SplittableRandom(20261204L);
        for (int i = 0; i < residentIds.length; i++) {
            residentIds[i] = random.nextLong();
        }
    }

    UUID resident(int index) {
        long high = (residentIds[2 * index] & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long low = (residentIds[2 * index + 1] & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    static String barcode(int tube) {
        return String.format("MT%010d", tube);
    }

    Instant sampledAt() {
        return sampledAt;
    }

    /** A share of tubes, fixed by the seed, is positive. */
    boolean positive(int tube) {
        return new SplittableRandom(tube * 7919L + 17).nextDouble() < settings.positiveTubes();
    }

    void seedResidents(Connection db) throws Exception {
        Divisions divisions = new Divisions();
        Clock clock = Clock.systemUTC();
        Timestamp created = Timestamp.from(registeredAt);
        try (CopyStream copy = new CopyStream(db, "resident (id, guardian_id, document_type, document_hash, "
                + "document_cipher, name_cipher, phone_hash, phone_cipher, home_division, address_cipher, created_at)")) {
            for (int i = 0; i < settings.residents(); i++) {
                ResidentIdNumber document = ResidentIdNumber.of(idNumber(i), divisions, clock);
                String phone = phone(i);
                String name = new PersonName("测试" + (char) ('甲' + i % 40) + (char) ('乙' + i / 40 % 40)).value();
                String address = new HomeAddress("浦东新区测试路" + (i % 2000 + 1) + "号" + (i % 30 + 1) + "室").value();
                copy.row(
                        resident(i),
                        null,
                        document.type().name(),
                        hasher.hash(document.canonical()),
                        cipher.encrypt(document.canonical(), "resident.document"),
                        cipher.encrypt(name, "resident.name"),
                        hasher.hash(phone),
                        cipher.encrypt(phone, "resident.phone"),
                        HOME,
                        cipher.encrypt(address, "resident.address"),
                        created);
            }
        }
        checkPhoneForm();
    }

    /** Declarations that passed the automatic audit, each with its two facts, and a code subject per person. */
    void seedDeclarations(Connection db) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        DeclarationContent content = new DeclarationContent(
                new DeclarationContent.Basic(HOME, Occupation.OFFICE_OR_BUSINESS),
                new DeclarationContent.Health(new BigDecimal("36.5"), Set.of(), Set.of()),
                new DeclarationContent.Travel(List.of()),
                new DeclarationContent.Contacts(false, false, 0, null));
        String plain = json.writeValueAsString(content);
        Timestamp submitted = Timestamp.from(registeredAt.plusSeconds(60));
        try (CopyStream copy = new CopyStream(
                db, "declaration (id, resident_id, version, submitted_at, submitted_by, content_cipher)")) {
            for (int i = 0; i < settings.residents(); i++) {
                copy.row(declaration(i), resident(i), 1, submitted, resident(i), cipher.encrypt(plain, "declaration.content"));
            }
        }
        try (CopyStream copy = new CopyStream(db, "fact (resident_id, kind, detail, recorded_at, recorded_by)")) {
            for (int i = 0; i < settings.residents(); i++) {
                String id = declaration(i).toString();
                copy.row(resident(i), "DECLARATION_SUBMITTED",
                        "{\"declaration\": \"" + id + "\", \"version\": 1}", submitted, "resident:" + resident(i));
                copy.row(resident(i), "DECLARATION_CLEARED",
                        "{\"declaration\": \"" + id + "\", \"checks\": \"declaration-checks-v1\"}", submitted,
                        "system:audit");
            }
        }
        SplittableRandom tokens = new SplittableRandom(99);
        try (CopyStream copy = new CopyStream(db, "code_subject (resident_id, token)")) {
            for (int i = 0; i < settings.residents(); i++) {
                byte[] token = new byte[16];
                tokens.nextBytes(token);
                copy.row(resident(i), token);
            }
        }
    }

    /** Sealed mixed tubes of one site, filled in order; the last one may be partly filled and sealed by hand. */
    void seedTubes(Connection db) throws Exception {
        UUID site = UUID.nameUUIDFromBytes("bench-site".getBytes(StandardCharsets.UTF_8));
        try (PreparedStatement insert = db.prepareStatement(
                "insert into sampling_site (id, name, created_at, created_by) values (?, 'Bench site', ?, ?)")) {
            insert.setObject(1, site);
            insert.setTimestamp(2, Timestamp.from(registeredAt));
            insert.setString(3, SAMPLER);
            insert.executeUpdate();
        }
        LocalDate round = LocalDate.ofInstant(sampledAt, ZoneId.of("Asia/Shanghai"));
        Timestamp opened = Timestamp.from(sampledAt.minusSeconds(600));
        Timestamp sealed = Timestamp.from(sampledAt);
        try (CopyStream copy = new CopyStream(db, "tube (barcode, kind, capacity, site_id, round, opened_at, "
                + "opened_by, sealed_at, sealed_by)")) {
            for (int t = 0; t < settings.tubes(); t++) {
                copy.row(barcode(t), "MIXED", settings.poolSize(), site, round, opened, SAMPLER, sealed, "system:sampling");
            }
        }
        try (CopyStream copy =
                new CopyStream(db, "tube_member (barcode, resident_id, round, open, bound_at, bound_by)")) {
            for (int i = 0; i < settings.residents(); i++) {
                copy.row(barcode(i / settings.poolSize()), resident(i), round, "f", opened, SAMPLER);
            }
        }
    }

    /** The lab and an API key for it, as an administrator would have issued; returns the key. */
    String seedLab(Connection db) throws Exception {
        String key = "hclab_benchbenchbenchbenchbenchbenchbenchbench123";
        try (PreparedStatement lab = db.prepareStatement(
                        "insert into lab (code, name, created_at) values (?, 'Benchmark lab', ?)");
                PreparedStatement apiKey = db.prepareStatement(
                        "insert into lab_api_key (id, lab_code, name, key_hash, created_at) values (?, ?, 'bench', ?, ?)")) {
            lab.setString(1, LAB);
            lab.setTimestamp(2, Timestamp.from(registeredAt));
            lab.executeUpdate();
            apiKey.setObject(1, UUID.randomUUID());
            apiKey.setString(2, LAB);
            apiKey.setBytes(3, MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.US_ASCII)));
            apiKey.setTimestamp(4, Timestamp.from(registeredAt));
            apiKey.executeUpdate();
        }
        return key;
    }

    /** Marks everyone due now, so the server derives and records their first colour. */
    void markEveryoneDue(Connection db) throws SQLException {
        try (PreparedStatement due = db.prepareStatement("""
                insert into colour_evaluation (resident_id, evaluated_at, next_evaluation_at)
                select id, '-infinity', now() from resident""")) {
            due.executeUpdate();
        }
    }

    private UUID declaration(int index) {
        UUID person = resident(index);
        return new UUID(person.getLeastSignificantBits() ^ 0x5a5a5a5a00000000L & 0xffffffffffff0fffL | 0x4000L,
                person.getMostSignificantBits() & 0x3fffffffffffffffL | 0x8000000000000000L);
    }

    /** Synthetic resident ID numbers of Pudong: birth dates from 1950 on, 1,000 sequence numbers a day. */
    private static String idNumber(int index) {
        LocalDate born = LocalDate.of(1950, 1, 1).plusDays(index / 1000);
        String first17 = HOME + born.toString().replace("-", "") + String.format("%03d", index % 1000);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    private static String phone(int index) {
        return "+86139" + String.format("%08d", index);
    }

    private static void checkPhoneForm() {
        if (!PhoneNumber.of("13900000001").canonical().equals(phone(1))) {
            throw new IllegalStateException("the seeded phone form differs from PhoneNumber.canonical()");
        }
    }
}
