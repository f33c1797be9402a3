package org.healthcode.appeals;

import org.healthcode.privacy.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The appeals' encrypted columns, for re-encryption under a new key. */
@Configuration(proxyBeanMethods = false)
class AppealColumns {

    @Bean
    EncryptedColumn appealStatement() {
        return new EncryptedColumn("appeal", "id", "statement_cipher", Appeals.STATEMENT);
    }

    @Bean
    EncryptedColumn appealResolution() {
        return new EncryptedColumn("appeal", "id", "resolution_cipher", Appeals.RESOLUTION);
    }
}
