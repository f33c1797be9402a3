package org.healthcode.identity;

import java.time.Clock;
import org.healthcode.common.RejectedException;
import org.healthcode.divisions.Divisions;
import org.springframework.stereotype.Component;

/** Reads an identity document of any type from what a form or API request carries. */
@Component
public class IdentityDocuments {

    private final Divisions divisions;

    public IdentityDocuments(Divisions divisions) {
        this.divisions = divisions;
    }

    /**
     * Reads a document number of the given type.
     *
     * @param type the kind of document; {@code null} is refused
     * @param number the number as entered
     * @param countryOrNull the ISO 3166-1 alpha-3 issuing country; used only for passports
     * @param clock the clock that says what "today" is, for birth dates
     * @throws RejectedException {@code document-type-unknown}, or the code of the type's own rule
     */
    public IdentityDocument parse(DocumentType type, String number, String countryOrNull, Clock clock) {
        if (type == null) {
            throw new RejectedException(IdentityErrorCode.DOCUMENT_TYPE_UNKNOWN, DocumentType.FIELD);
        }

        return switch (type) {
            case RESIDENT_ID_CARD -> ResidentIdNumber.of(number, divisions, clock);
            case PASSPORT -> PassportNumber.of(number, countryOrNull);
            case HK_MACAU_PERMIT -> HongKongMacauPermit.of(number);
            case TAIWAN_PERMIT -> TaiwanPermit.of(number);
        };
    }

    /**
     * Reads a document whose type arrives as text, such as a form field.
     *
     * @throws RejectedException {@code document-type-unknown} when the name is not a {@link DocumentType}
     */
    public IdentityDocument parse(String typeName, String number, String countryOrNull, Clock clock) {
        return parse(DocumentType.fromName(typeName), number, countryOrNull, clock);
    }
}
