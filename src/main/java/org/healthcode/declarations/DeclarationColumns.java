package org.healthcode.declarations;

import org.healthcode.privacy.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The declarations' encrypted columns, for re-encryption under a new key. */
@Configuration(proxyBeanMethods = false)
class DeclarationColumns {

    @Bean
    EncryptedColumn declarationContent() {
        return new EncryptedColumn("declaration", "id", "content_cipher", Declarations.CONTENT);
    }

    @Bean
    EncryptedColumn reviewReason() {
        return new EncryptedColumn("review_case", "declaration_id", "reason_cipher", Reviews.REASON);
    }
}
