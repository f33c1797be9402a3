package org.healthcode.sampling;

/**
 * Who a sampler is putting into a tube: either the text of the person's scanned health code, or, for people without
 * a phone, their identity document (type, number and, for passports, the issuing country).
 */
public record PersonToBind(String code, String documentType, String documentNumber, String issuingCountry) {

    public static PersonToBind byCode(String code) {
        return new PersonToBind(code, null, null, null);
    }

    public static PersonToBind byDocument(String documentType, String documentNumber) {
        return new PersonToBind(null, documentType, documentNumber, null);
    }

    boolean hasCode() {
        return code != null && !code.isBlank();
    }

    boolean hasDocument() {
        return documentNumber != null && !documentNumber.isBlank();
    }
}
