package org.healthcode.venues;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.healthcode.common.RejectedException;

/**
 * The columns of an import file, found by the header row in any order. Each column has an English name and a Chinese
 * one; {@code division} is accepted for {@code district}. Unknown columns are ignored.
 */
final class VenueImportColumns {

    static final String CATEGORY = "category";
    static final String NAME = "name";
    static final String DISTRICT = "district";
    static final String ADDRESS = "address";
    static final String LATITUDE = "latitude";
    static final String LONGITUDE = "longitude";
    static final String CAPACITY = "capacity";

    private static final List<String> REQUIRED = List.of(CATEGORY, NAME, DISTRICT, ADDRESS);
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("类别", CATEGORY),
            Map.entry("名称", NAME),
            Map.entry("division", DISTRICT),
            Map.entry("区", DISTRICT),
            Map.entry("地址", ADDRESS),
            Map.entry("纬度", LATITUDE),
            Map.entry("经度", LONGITUDE),
            Map.entry("容量", CAPACITY));

    private final Map<String, Integer> indexByColumn;

    private VenueImportColumns(Map<String, Integer> indexByColumn) {
        this.indexByColumn = indexByColumn;
    }

    /**
     * Reads the header row.
     *
     * @throws RejectedException {@code venue-import-header-invalid} when a required column is missing
     */
    static VenueImportColumns of(List<String> header) {
        Map<String, Integer> indexByColumn = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            indexByColumn.putIfAbsent(canonical(header.get(i)), i);
        }
        if (!indexByColumn.keySet().containsAll(REQUIRED)) {
            throw new RejectedException(VenueImportErrorCode.HEADER_INVALID, "file");
        }
        return new VenueImportColumns(indexByColumn);
    }

    /** The data row with this number and these cells (a cell may be {@code null}). */
    VenueImportRow row(long number, List<String> cells) {
        return new VenueImportRow(
                number,
                cell(cells, CATEGORY),
                cell(cells, NAME),
                cell(cells, DISTRICT),
                cell(cells, ADDRESS),
                cell(cells, LATITUDE),
                cell(cells, LONGITUDE),
                cell(cells, CAPACITY));
    }

    private String cell(List<String> cells, String column) {
        Integer index = indexByColumn.get(column);
        return index == null || index >= cells.size() ? null : cells.get(index);
    }

    private static String canonical(String heading) {
        String name = heading == null ? "" : heading.strip().toLowerCase(Locale.ROOT);
        return ALIASES.getOrDefault(name, name);
    }
}
