package org.healthcode.venues;

import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A scan from a venue's own device: the key names the device (and so the venue), the request id and send time are
 * accepted once, and the scan is admitted as a staff scan with the method {@code DEVICE}, all in one transaction: a
 * refused scan leaves neither a check-in nor a used request id.
 */
@Service
class DeviceScans {

    private final VenueDevices devices;
    private final VenueScans scans;

    DeviceScans(VenueDevices devices, VenueScans scans) {
        this.devices = devices;
        this.scans = scans;
    }

    @Transactional
    AdmissionResult scan(String key, String requestId, Instant sentAt, ScanRequest request) {
        VenueDevices.Device device = devices.authenticate(key);
        devices.acceptRequest(device, requestId, sentAt);
        return scans.scanByDevice(new VenueId(device.venueId()), device.id(), request);
    }
}
