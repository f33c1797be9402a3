package org.healthcode.identity;

import org.healthcode.common.Masking;

/**
 * A validated identity document number. Instances exist only for numbers that passed their type's rules; create
 * them through {@link IdentityDocuments#parse} or the factory of each type.
 *
 * <p>{@code toString()} gives the masked form, so a document that slips into a log message discloses nothing.
 */
public sealed interface IdentityDocument permits ResidentIdNumber, PassportNumber, HongKongMacauPermit, TaiwanPermit {

    /** The request field that carries a document number. */
    String FIELD = "documentNumber";

    /** The kind of document. */
    DocumentType type();

    /** The normalised number as printed on the document, upper-case, without spaces. Personal data. */
    String number();

    /**
     * The form used for keyed hashing and equality: the type, for passports the issuing country, and the number,
     * joined by colons: {@code RESIDENT_ID_CARD:11010119900307001X}, {@code PASSPORT:GBR:123456789}. Personal data.
     */
    default String canonical() {
        return type().name() + ":" + number();
    }

    /** The number with only its first and last characters shown, for screens and logs. */
    default String masked() {
        return Masking.documentNumber(number());
    }
}
