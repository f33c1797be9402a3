package org.healthcode.venues;

import java.util.Objects;
import java.util.UUID;

/** The nonce a scanning device sent with one request: it may be used once per device within the nonce memory. */
record DeviceNonce(UUID deviceId, String nonce) {

    DeviceNonce {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(nonce, "nonce");
    }
}
