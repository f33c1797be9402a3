package org.healthcode.venues;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns Shanghai's daily case bulletins of spring 2022 (one JSON file per day, as collected in
 * lewangdev/shanghai-lockdown-covid-19: {@code districts[].district_name} and {@code districts[].places[]}) into a
 * venue import CSV: one {@code RESIDENTIAL_COMMUNITY} row per distinct (district, compound) pair, with the bulletin's
 * district name in the {@code district} column and {@code 上海市} + district + compound as the address. Names are
 * stripped of surrounding whitespace (including no-break spaces), so that pairs differing only in a trailing space
 * become one row. Rows keep the order of first mention (files are read in name order, that is by date).
 *
 * <p>Usage: {@code VenueImportShanghaiBulletins <bulletin directory> <output.csv>}; see docs/venue-import.md. The
 * resulting file is imported with {@code within=310000} (or by an office assigned 310000), so that district names
 * such as {@code 普陀区} resolve to Shanghai's.
 */
public final class VenueImportShanghaiBulletins {

    /** The CSV header the converter writes. */
    static final List<String> HEADER = List.of("category", "name", "district", "address");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private VenueImportShanghaiBulletins() {}

    /**
     * What a conversion found.
     *
     * @param files how many bulletin files were read
     * @param mentions every (district, compound) mention, repeats included
     * @param distinctAsWritten distinct pairs exactly as the bulletins spell them
     * @param compounds the distinct pairs after stripping whitespace, in order of first mention
     */
    public record Conversion(int files, long mentions, int distinctAsWritten, List<Compound> compounds) {}

    /** One residential compound named in a bulletin, with the bulletin's district name. */
    public record Compound(String district, String name) {}

    /** Converts a directory of bulletins and writes the import CSV; prints the counts. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: VenueImportShanghaiBulletins <bulletin directory> <output.csv>");
            System.exit(2);
        }

        Conversion conversion = convert(bulletins(Path.of(args[0])));
        write(conversion, Path.of(args[1]));
        System.out.printf(
                "files=%d mentions=%d distinct-as-written=%d compounds=%d%n",
                conversion.files(),
                conversion.mentions(),
                conversion.distinctAsWritten(),
                conversion.compounds().size());
    }

    /** The {@code *.json} files of a directory, in name order. */
    public static List<Path> bulletins(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
        }
    }

    /** Reads the bulletins and collects their distinct compounds. */
    public static Conversion convert(List<Path> files) throws IOException {
        Set<List<String>> asWritten = new LinkedHashSet<>();
        Map<Compound, Boolean> compounds = new LinkedHashMap<>();
        long mentions = 0;
        for (Path file : files) {
            for (JsonNode district : JSON.readTree(file.toFile()).path("districts")) {
                String districtName = district.path("district_name").asString();
                for (JsonNode place : district.path("places")) {
                    mentions++;
                    asWritten.add(List.of(districtName, place.asString()));
                    addCompound(compounds, districtName, place.asString());
                }
            }
        }
        return new Conversion(files.size(), mentions, asWritten.size(), new ArrayList<>(compounds.keySet()));
    }

    /** Writes the import CSV in UTF-8 without a byte-order mark. */
    public static void write(Conversion conversion, Path output) throws IOException {
        try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(HEADER);
            for (Compound compound : conversion.compounds()) {
                csv.printRecord(
                        VenueCategory.RESIDENTIAL_COMMUNITY.name(),
                        compound.name(),
                        compound.district(),
                        "上海市" + compound.district() + compound.name());
            }
        }
    }

    private static void addCompound(Map<Compound, Boolean> compounds, String district, String place) {
        String name = VenueImportChecks.stripped(place);
        if (name.isEmpty()) {
            return;
        }
        compounds.putIfAbsent(new Compound(VenueImportChecks.stripped(district), name), Boolean.TRUE);
    }
}
