package org.healthcode.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.identity.OtherDocumentsTest.assertRejected;
import static org.healthcode.identity.SyntheticResidentId.aResidentId;
import static org.healthcode.identity.TestClocks.FIXED;

import org.healthcode.divisions.Divisions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityDocumentsTest {

    private final IdentityDocuments documents = new IdentityDocuments(new Divisions());

    @Test
    void reads_each_type_of_document_into_its_own_value() {
        String idNumber = aResidentId().build();

        assertThat(documents.parse(DocumentType.RESIDENT_ID_CARD, idNumber, null, FIXED))
                .isInstanceOf(ResidentIdNumber.class);
        assertThat(documents.parse(DocumentType.PASSPORT, "123456789", "FRA", FIXED))
                .isInstanceOf(PassportNumber.class);
        assertThat(documents.parse(DocumentType.HK_MACAU_PERMIT, "M12345678", null, FIXED))
                .isInstanceOf(HongKongMacauPermit.class);
        assertThat(documents.parse(DocumentType.TAIWAN_PERMIT, "12345678", "TWN", FIXED))
                .isInstanceOf(TaiwanPermit.class);
    }

    @Test
    void gives_different_canonical_forms_to_the_same_digits_on_different_documents() {
        IdentityDocument taiwan = documents.parse(DocumentType.TAIWAN_PERMIT, "12345678", null, FIXED);
        IdentityDocument passport = documents.parse(DocumentType.PASSPORT, "12345678", "USA", FIXED);

        assertThat(taiwan.canonical()).isEqualTo("TAIWAN_PERMIT:12345678");
        assertThat(passport.canonical()).isEqualTo("PASSPORT:USA:12345678");
        assertThat(taiwan).isNotEqualTo(passport);
    }

    @Test
    void reads_a_type_sent_as_text_regardless_of_case() {
        assertThat(documents.parse("taiwan_permit", "12345678", null, FIXED).type())
                .isEqualTo(DocumentType.TAIWAN_PERMIT);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"DRIVING_LICENCE", "ID", "身份证"})
    void refuses_a_document_type_it_does_not_know(String typeName) {
        assertRejected(
                () -> documents.parse(typeName, "12345678", null, FIXED),
                IdentityErrorCode.DOCUMENT_TYPE_UNKNOWN,
                "documentType");
    }

    @Test
    void refuses_a_missing_document_type() {
        assertRejected(
                () -> documents.parse((DocumentType) null, "12345678", null, FIXED),
                IdentityErrorCode.DOCUMENT_TYPE_UNKNOWN,
                "documentType");
    }
}
