import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.healthcode.HealthCodeApplication;
import org.healthcode.accounts.StaffAccounts;
import org.healthcode.codes.CodeIssuer;
import org.healthcode.codes.CodeSubjects;
import org.healthcode.codes.Colour;
import org.healthcode.codes.TestRecency;
import org.healthcode.declarations.DeclarationContent;
import org.healthcode.declarations.Declarations;
import org.healthcode.divisions.Divisions;
import org.healthcode.identity.DocumentType;
import org.healthcode.identity.ResidentIdNumber;
import org.healthcode.login.ResidentPrincipal;
import org.healthcode.residents.Registration;
import org.healthcode.residents.Residents;
import org.healthcode.rules.ColourChanges;
import org.healthcode.venues.VenueDeviceKeys;
import org.healthcode.venues.VenueRegistration;
import org.healthcode.venues.VenueRegistrations;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts the server (the README's durable embedded default, in its own data directory and ports), seeds synthetic
 * residents with green screen codes, venues and one scanning device per venue through the application's own services,
 * then writes pre-signed device-scan requests (unique nonces, timestamps of now) for wrk, and keeps serving. See
 * docs/benchmarks.md. Arguments: residents requests out-file [Spring arguments...].
 */
public final class DeviceScanBench {

    private static final int VENUES = 4;
    private static final HexFormat HEX = HexFormat.of();

    public static void main(String[] args) throws Exception {
        int residents = Integer.parseInt(args[0]);
        int requests = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        String[] spring = java.util.Arrays.copyOfRange(args, 3, args.length);
        ConfigurableApplicationContext context = SpringApplication.run(HealthCodeApplication.class, spring);

        List<String> codes = seedResidents(context, residents);
        List<String[]> devices = seedDevices(context);
        writeRequests(devices, codes, requests, out);
        System.out.println("=== BENCH READY venues " + String.join(",", devices.stream().map(d -> d[2]).toList()));
    }

    private static List<String> seedResidents(ConfigurableApplicationContext context, int count) {
        Residents residents = context.getBean(Residents.class);
        Declarations declarations = context.getBean(Declarations.class);
        ColourChanges colours = context.getBean(ColourChanges.class);
        CodeIssuer issuer = context.getBean(CodeIssuer.class);
        CodeSubjects subjects = context.getBean(CodeSubjects.class);
        DeclarationContent clean = context.getBean(JsonMapper.class).convertValue(cleanDeclaration(), DeclarationContent.class);
        int base = (int) (System.nanoTime() % 90_000_000);
        List<String> codes = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            int serial = base + n;
            LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(serial % 10_000);
            String first17 = "310115" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "%03d".formatted(serial % 1000);
            String phone = "137" + "%08d".formatted(serial);
            UUID id = residents.register(
                            new ResidentPrincipal(phone, null),
                            new Registration(DocumentType.RESIDENT_ID_CARD, first17 + ResidentIdNumber.checkCharacter(first17),
                                    null, "王五", "310115", "幸福路 1 号"))
                    .id();
            declarations.submit(id, id, "310115", clean);
            colours.reevaluate(id);
            codes.add(issuer.issueScreen(subjects.tokenOf(id), Colour.GREEN, TestRecency.NONE).text());
        }
        return codes;
    }

    /** One venue per device: {device id, secret, venue id}. */
    private static List<String[]> seedDevices(ConfigurableApplicationContext context) {
        StaffAccounts accounts = context.getBean(StaffAccounts.class);
        VenueRegistrations registrations = context.getBean(VenueRegistrations.class);
        VenueDeviceKeys devices = context.getBean(VenueDeviceKeys.class);
        Divisions divisions = context.getBean(Divisions.class);
        String suffix = Long.toString(System.currentTimeMillis(), 36);
        UUID operator = accounts.create("bench-op-" + suffix, "Bench operator", Set.of("VENUE_OPERATOR"),
                        StaffAccounts.generatePassword())
                .id();
        List<String[]> result = new ArrayList<>();
        for (int v = 0; v < VENUES; v++) {
            var form = new VenueRegistration.Form("OFFICE_OR_BUSINESS", "Bench venue " + suffix + " " + v, "310115",
                    "1 Bench Road", null, null, 100_000, List.of("Gate"));
            var venue = registrations.register(operator, VenueRegistration.of(form, divisions));
            var registered = devices.register(new org.healthcode.venues.VenueId(venue.id()),
                    operator, new VenueDeviceKeys.Form("Bench gate " + v, null));
            result.add(new String[] {registered.device().id().toString(), registered.secret(), venue.id().toString()});
        }
        return result;
    }

    private static void writeRequests(List<String[]> devices, List<String> codes, int count, Path out)
            throws Exception {
        long now = Clock.systemUTC().instant().getEpochSecond();
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int n = 0; n < count; n++) {
                String[] device = devices.get(n % devices.size());
                String body = "{\"code\":\"" + codes.get((n / devices.size()) % codes.size()) + "\"}";
                String nonce = UUID.randomUUID().toString().replace("-", "");
                String text = String.join("\n", "HC-DEVICE-HMAC-SHA256", device[0], "POST", "/api/devices/scans",
                        Long.toString(now), nonce, HEX.formatHex(MessageDigest.getInstance("SHA-256")
                                .digest(body.getBytes(StandardCharsets.UTF_8))));
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(Base64.getUrlDecoder().decode(device[1]), "HmacSHA256"));
                String signature = HEX.formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
                writer.write(String.join("\t", device[0], Long.toString(now), nonce, signature, body));
                writer.write('\n');
            }
        }
    }

    private static Map<String, Object> cleanDeclaration() {
        return Map.of(
                "basic", Map.of("currentDivision", "310115", "occupation", "OFFICE_OR_BUSINESS"),
                "health", Map.of("temperature", "36.6", "symptoms", List.of(), "conditions", List.of()),
                "travel", Map.of("visitedDivisions", List.of("310104")),
                "contacts", Map.of("confirmedCaseContact", false, "suspectedCaseContact", false, "vaccineDoses", 3));
    }
}
