package org.healthcode.venues;

/**
 * The answer to registering a device: the device and its secret, shown this once and never again.
 *
 * @param secret 32 random bytes in unpadded base64url; the device decodes it and signs its requests with the bytes
 * @param scheme the signing scheme's name, {@value DeviceScanSignature#SCHEME}
 */
public record VenueDeviceRegistered(VenueDevice device, String secret, String scheme) {

    /** Without the secret, should this answer ever be printed (a log line, a debugger, a model dump). */
    @Override
    public String toString() {
        return "VenueDeviceRegistered[device=" + device + ", secret=(hidden), scheme=" + scheme + "]";
    }
}
