package org.healthcode.identity;

import java.util.Arrays;
import org.healthcode.common.RejectedException;

/** The kinds of identity document a resident may register with. */
public enum DocumentType {
    /** Mainland resident identity card (居民身份证), GB 11643-1999 numbers. */
    RESIDENT_ID_CARD,
    /** A passport of any country. */
    PASSPORT,
    /** Mainland Travel Permit for Hong Kong and Macao Residents (港澳居民来往内地通行证, "回乡证"). */
    HK_MACAU_PERMIT,
    /** Mainland Travel Permit for Taiwan Residents (台湾居民来往大陆通行证, "台胞证"). */
    TAIWAN_PERMIT;

    /** The request field that carries the document type. */
    public static final String FIELD = "documentType";

    /**
     * The type with the given name, as a client sends it ({@code RESIDENT_ID_CARD}, case-insensitive).
     *
     * @throws RejectedException {@code document-type-unknown} for any other name
     */
    public static DocumentType fromName(String name) {
        return Arrays.stream(values())
                .filter(type -> type.name().equalsIgnoreCase(name == null ? "" : name.strip()))
                .findFirst()
                .orElseThrow(() -> new RejectedException(IdentityErrorCode.DOCUMENT_TYPE_UNKNOWN, FIELD));
    }
}
