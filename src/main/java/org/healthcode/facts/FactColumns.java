package org.healthcode.facts;

import org.healthcode.privacy.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The facts' encrypted column, for re-encryption under a new key (the table allows only this change). */
@Configuration(proxyBeanMethods = false)
class FactColumns {

    @Bean
    EncryptedColumn factReason() {
        return new EncryptedColumn("fact", "id", "reason_cipher", FactStore.REASON);
    }
}
