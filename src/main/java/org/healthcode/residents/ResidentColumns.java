package org.healthcode.residents;

import org.healthcode.privacy.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The residents' encrypted columns, for re-encryption under a new key. */
@Configuration(proxyBeanMethods = false)
class ResidentColumns {

    @Bean
    EncryptedColumn residentDocument() {
        return new EncryptedColumn("resident", "id", "document_cipher", Residents.Column.DOCUMENT);
    }

    @Bean
    EncryptedColumn residentName() {
        return new EncryptedColumn("resident", "id", "name_cipher", Residents.Column.NAME);
    }

    @Bean
    EncryptedColumn residentPhone() {
        return new EncryptedColumn("resident", "id", "phone_cipher", Residents.Column.PHONE);
    }

    @Bean
    EncryptedColumn residentAddress() {
        return new EncryptedColumn("resident", "id", "address_cipher", Residents.Column.ADDRESS);
    }
}
