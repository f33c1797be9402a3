package org.healthcode.venues;

import org.healthcode.privacy.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The devices' encrypted keys, for re-encryption under a new data key. */
@Configuration(proxyBeanMethods = false)
class VenueDeviceColumns {

    @Bean
    EncryptedColumn venueDeviceKey() {
        return new EncryptedColumn("venue_device", "id", "key_cipher", VenueDevices.KEY_CONTEXT);
    }
}
