package org.healthcode.venues;

import org.healthcode.privacy.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The devices' encrypted keys, for re-encryption under a new data key. */
@Configuration(proxyBeanMethods = false)
class VenueDeviceColumns {

    @Bean
    EncryptedColumn venueDeviceKey() {
        return new EncryptedColumn("venue_device_key", "id", "key_cipher", VenueDeviceKeys.KEY_CONTEXT);
    }
}
