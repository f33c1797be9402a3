package org.healthcode.venues;

import java.util.List;

/**
 * What venue staff send for one scan: either the text of the person's screen or card code, or their identity document
 * (type, number and, for passports, the issuing country); optionally the entrance, the ids of dependants checked in
 * with them, and at a pharmacy the class of medicine bought.
 */
public record ScanRequest(
        String code,
        String documentType,
        String documentNumber,
        String issuingCountry,
        String entranceId,
        List<String> companions,
        String drugClass) {

    boolean hasCode() {
        return code != null && !code.isBlank();
    }

    boolean hasDocument() {
        return documentNumber != null && !documentNumber.isBlank();
    }
}
