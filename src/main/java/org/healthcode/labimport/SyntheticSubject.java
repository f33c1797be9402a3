package org.healthcode.labimport;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.healthcode.identity.ResidentIdNumber;

/**
 * The made-up resident who stands for one subject of the CHOP file. Everything is computed from the subject number,
 * so every run finds the same person again: a resident ID number of Xuhui district (310104) with a correct check
 * character and a birth date in 2005–2018, a mobile number {@code 137} + eight digits whose last four are the subject
 * number modulo 10,000, and a generated Chinese name. Nothing comes from the file's (fake) names.
 */
public record SyntheticSubject(int subjectId, String idNumber, String phone, String name) {

    /** The division of every synthetic subject's ID number, home and current place. */
    public static final String DIVISION = "310104";

    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(2005, 1, 1);
    private static final int BIRTH_DAYS = 5_000;
    private static final String FAMILY_NAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    private static final String GIVEN_NAMES = "安博晨东芳刚海华佳俊凯莉明楠鹏琪然胜婷伟欣阳宇泽";

    /** The subject's resident; numbers from 0 to 99,999 give distinct ID numbers and phones. */
    public static SyntheticSubject of(int subjectId) {
        if (subjectId < 0 || subjectId > 99_999) {
            throw new IllegalArgumentException("subject numbers run from 0 to 99999");
        }

        LocalDate birth = EARLIEST_BIRTH.plusDays(subjectId % BIRTH_DAYS);
        String first17 = DIVISION
                + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                + "%03d".formatted(900 + subjectId / BIRTH_DAYS);
        String phone = "137%04d%04d".formatted(subjectId / 10_000, subjectId % 10_000);
        return new SyntheticSubject(
                subjectId, first17 + ResidentIdNumber.checkCharacter(first17), phone, name(subjectId));
    }

    /** The phone as the outbox shows it: first three and last four digits. */
    public String maskedPhone() {
        return phone.substring(0, 3) + "****" + phone.substring(7);
    }

    /** The body of {@code POST /api/residents}. */
    public Map<String, Object> registration() {
        return Map.of(
                "documentType", "RESIDENT_ID_CARD",
                "documentNumber", idNumber,
                "name", name,
                "homeDivision", DIVISION,
                "address", "漕溪北路 %d 号".formatted(1 + subjectId % 999));
    }

    /** A declaration that passes the automatic audit: normal temperature, no symptoms, travel or contacts. */
    public static Map<String, Object> cleanDeclaration() {
        return Map.of(
                "basic", Map.of("currentDivision", DIVISION, "occupation", "STUDENT"),
                "health",
                        Map.of(
                                "temperature",
                                "36.6",
                                "symptoms",
                                java.util.List.of(),
                                "conditions",
                                java.util.List.of()),
                "travel", Map.of("visitedDivisions", java.util.List.of()),
                "contacts", Map.of("confirmedCaseContact", false, "suspectedCaseContact", false, "vaccineDoses", 0));
    }

    private static String name(int subjectId) {
        int given = GIVEN_NAMES.length();
        return "" + FAMILY_NAMES.charAt(subjectId % FAMILY_NAMES.length())
                + GIVEN_NAMES.charAt((subjectId / FAMILY_NAMES.length()) % given)
                + GIVEN_NAMES.charAt((subjectId / (FAMILY_NAMES.length() * given)) % given);
    }
}
