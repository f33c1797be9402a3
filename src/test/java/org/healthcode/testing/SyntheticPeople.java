package org.healthcode.testing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.healthcode.identity.ResidentIdNumber;

/**
 * Made-up residents for tests: every ID number is computed with a correct check character for a real region and a
 * past birth date, every phone number is unique within a run. No real person's data is ever used.
 */
public final class SyntheticPeople {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 1_000_000));
    private static final String[] NAMES = {"张三丰", "李小龙", "王五", "赵敏", "欧阳娜娜", "Alex Smith"};

    private SyntheticPeople() {}

    /** A made-up person: ID number, phone and the registration body the API expects. */
    public record Person(String idNumber, String phone, String name, String homeDivision) {

        public Map<String, Object> registration() {
            return Map.of(
                    "documentType", "RESIDENT_ID_CARD",
                    "documentNumber", idNumber,
                    "name", name,
                    "homeDivision", homeDivision,
                    "address", "幸福路 88 弄 8 号 808 室");
        }

        /** The phone as libphonenumber's national form: eleven digits. */
        public String nationalPhone() {
            return phone;
        }
    }

    /** A made-up adult born between 1970 and 1999. */
    public static Person aPerson() {
        return bornAround(LocalDate.of(1970, 1, 1), 10_900);
    }

    /** A made-up child born between 2015 and 2019, who can be registered as a dependant. */
    public static Person aChild() {
        return bornAround(LocalDate.of(2015, 1, 1), 1_800);
    }

    /** A made-up person of 80 to 85, who can be registered as a dependant. */
    public static Person anElder() {
        return bornAround(LocalDate.of(1941, 1, 1), 1_800);
    }

    private static Person bornAround(LocalDate earliest, int spreadDays) {
        int n = SEQUENCE.incrementAndGet();
        LocalDate birth = earliest.plusDays(n % spreadDays);
        String first17 = "310115" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "%03d".formatted(n % 1000);
        String phone = "139" + "%08d".formatted(n % 100_000_000);
        return new Person(first17 + ResidentIdNumber.checkCharacter(first17), phone, NAMES[n % NAMES.length], "310115");
    }

    /** A clean declaration: normal temperature, no symptoms, no travel, no contacts. */
    public static Map<String, Object> cleanDeclaration() {
        return declaration("36.6", java.util.List.of(), false);
    }

    /** A declaration with a fever, which the automatic checks flag. */
    public static Map<String, Object> feverDeclaration() {
        return declaration("38.2", java.util.List.of("FEVER", "COUGH"), false);
    }

    public static Map<String, Object> declaration(
            String temperature, java.util.List<String> symptoms, boolean contact) {
        return Map.of(
                "basic", Map.of("currentDivision", "310115", "occupation", "OFFICE_OR_BUSINESS"),
                "health", Map.of("temperature", temperature, "symptoms", symptoms, "conditions", java.util.List.of()),
                "travel", Map.of("visitedDivisions", java.util.List.of("310104")),
                "contacts", Map.of("confirmedCaseContact", contact, "suspectedCaseContact", false, "vaccineDoses", 3));
    }
}
