package org.healthcode.divisions;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.healthcode.common.RejectedException;
import org.springframework.stereotype.Component;

/**
 * The administrative divisions of mainland China down to county level, read once from the GB/T 2260 list shipped in
 * {@code classpath:divisions/} (see NOTICE for its source and licence).
 *
 * <p>A six-digit code names a division when it is a county-level code from {@code areas.csv}, a four-digit city code
 * from {@code cities.csv} padded with {@code 00}, or a two-digit province code padded with {@code 0000}. The list is
 * the current one: codes of divisions that were merged or renamed are not in it.
 */
@Component
public class Divisions {

    private static final String RESOURCE_DIRECTORY = "divisions/";
    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private final Map<String, Division> byCode = new LinkedHashMap<>();
    private final Map<String, List<Division>> childrenByCode = new LinkedHashMap<>();

    /** Loads the shipped list; fails the start-up if it is missing or unreadable. */
    public Divisions() {
        read("provinces.csv", this::addProvince);
        read("cities.csv", this::addCity);
        read("areas.csv", this::addCounty);
    }

    /** The division a six-digit code names, or empty when the code is malformed or names nothing. */
    public Optional<Division> find(String sixDigitCode) {
        if (sixDigitCode == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byCode.get(sixDigitCode));
    }

    /** Whether the code names a division in the shipped list. */
    public boolean exists(String code) {
        return find(code).isPresent();
    }

    /**
     * The division a well-formed code names.
     *
     * @throws RejectedException {@code division-unknown} when it names nothing
     */
    public Division require(DivisionCode code) {
        return find(code.value())
                .orElseThrow(() -> new RejectedException(DivisionErrorCode.DIVISION_UNKNOWN, DivisionCode.FIELD));
    }

    /** The divisions directly below the given one, in list order; empty for a county or an unknown code. */
    public List<Division> children(String code) {
        return Collections.unmodifiableList(childrenByCode.getOrDefault(code, List.of()));
    }

    /** All provinces, autonomous regions, municipalities and special administrative regions, in list order. */
    public List<Division> provinces() {
        return byCode.values().stream()
                .filter(division -> division.level() == DivisionLevel.PROVINCE)
                .toList();
    }

    private void addProvince(CSVRecord row) {
        String code = row.get("code") + "0000";
        String name = row.get("name");
        add(new Division(code, name, DivisionLevel.PROVINCE, Optional.empty(), name));
    }

    private void addCity(CSVRecord row) {
        add(below(row.get("provinceCode") + "0000", row.get("code") + "00", row.get("name"), DivisionLevel.CITY));
    }

    private void addCounty(CSVRecord row) {
        if (byCode.containsKey(row.get("code"))) {
            return; // a city without counties (东莞市, 中山市) is listed once more as its own county tier
        }

        add(below(row.get("cityCode") + "00", row.get("code"), row.get("name"), DivisionLevel.COUNTY));
    }

    private Division below(String parentCode, String code, String name, DivisionLevel level) {
        Division parent = byCode.get(parentCode);
        if (parent == null) {
            throw new IllegalStateException("Division list is inconsistent: " + code + " has no parent " + parentCode);
        }
        String prefix = parent.placeholder() ? parentFullNameWithoutOwnName(parent) : parent.fullName();
        return new Division(code, name, level, Optional.of(parentCode), prefix + " " + name);
    }

    private String parentFullNameWithoutOwnName(Division placeholder) {
        return placeholder.parentCode().map(byCode::get).orElseThrow().fullName();
    }

    private void add(Division division) {
        if (byCode.putIfAbsent(division.code(), division) != null) {
            throw new IllegalStateException("Division list is inconsistent: duplicate code " + division.code());
        }
        division.parentCode()
                .ifPresent(parent -> childrenByCode
                        .computeIfAbsent(parent, key -> new ArrayList<>())
                        .add(division));
    }

    private static void read(String file, Consumer<CSVRecord> rowHandler) {
        try (InputStream in = open(file);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            FORMAT.parse(reader).forEach(rowHandler);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped division list " + file, e);
        }
    }

    private static InputStream open(String file) {
        InputStream in = Divisions.class.getClassLoader().getResourceAsStream(RESOURCE_DIRECTORY + file);
        if (in == null) {
            throw new IllegalStateException(
                    "The shipped division list is missing: classpath:" + RESOURCE_DIRECTORY + file);
        }
        return in;
    }
}
