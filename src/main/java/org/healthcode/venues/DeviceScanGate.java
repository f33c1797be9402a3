package org.healthcode.venues;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.healthcode.common.RejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scans sent by a venue's own scanning device: the request is authenticated by the device's signature and its
 * timestamp, then the scan is decided and recorded as a staff scan would be, with the method {@code DEVICE}. The nonce
 * is spent in the transaction that records the check-ins, where a nonce used before refuses the scan; so whatever is
 * refused records nothing. Refused authentication is logged as a security event, with the device id but never the key
 * or the signature.
 */
@Service
public class DeviceScanGate {

    private static final Logger log = LoggerFactory.getLogger(DeviceScanGate.class);
    private static final Marker SECURITY = MarkerFactory.getMarker("SECURITY");

    private final VenueDeviceKeys devices;
    private final VenueScans scans;
    private final VenueDeviceProperties settings;
    private final JsonMapper json;
    private final Clock clock;

    DeviceScanGate(
            VenueDeviceKeys devices, VenueScans scans, VenueDeviceProperties settings, JsonMapper json, Clock clock) {
        this.devices = devices;
        this.scans = scans;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    /** One request from a device, as it arrived: method, path, signing headers and the body's exact bytes. */
    record SignedScan(String method, String path, DeviceScanSignature signature, byte[] body) {}

    /**
     * Authenticates the request, then checks, decides and records the scan in its body.
     *
     * @throws RejectedException a {@code device-...} code (401) if the request is not authentic, fresh and new; else
     *     the codes of a staff scan, such as {@code scan-malformed} or {@code venue-retired}
     */
    public AdmissionResult scan(SignedScan scan) {
        Instant now = clock.instant();
        VenueDeviceKeys.DeviceKey device = authenticate(scan, now);
        ScanRequest request = read(scan.body());

        Venue venue = device.venue();
        DeviceNonce nonce = new DeviceNonce(device.id(), scan.signature().nonce());
        try {
            return scans.scanByDevice(venue, device.entranceId(), "device:" + device.id(), nonce, request);
        } catch (RejectedException refused) {
            if (refused.errorCode() == VenueDeviceErrorCode.REQUEST_REPLAYED) {
                logRefused(scan.signature(), refused);
            }
            throw refused;
        }
    }

    private VenueDeviceKeys.DeviceKey authenticate(SignedScan scan, Instant now) {
        DeviceScanSignature signature = scan.signature();
        try {
            VenueDeviceKeys.DeviceKey device = devices.key(signature.deviceId())
                    .orElseThrow(() -> new RejectedException(VenueDeviceErrorCode.KEY_UNKNOWN));
            if (device.revoked()) {
                throw new RejectedException(VenueDeviceErrorCode.KEY_REVOKED);
            }
            if (!signature.verifies(device.key(), scan.method(), scan.path(), scan.body())) {
                throw new RejectedException(VenueDeviceErrorCode.SIGNATURE_INVALID);
            }
            if (Duration.between(signature.timestamp(), now).abs().compareTo(settings.clockTolerance()) > 0) {
                throw new RejectedException(VenueDeviceErrorCode.TIMESTAMP_OUT_OF_TOLERANCE);
            }
            return device;
        } catch (RejectedException refused) {
            logRefused(signature, refused);
            throw refused;
        }
    }

    private static void logRefused(DeviceScanSignature signature, RejectedException refused) {
        log.atWarn()
                .addMarker(SECURITY)
                .setMessage("device request refused")
                .addKeyValue("device", signature.deviceId())
                .addKeyValue("code", refused.errorCode().code())
                .log();
    }

    private ScanRequest read(byte[] body) {
        try {
            ScanRequest request = json.readValue(body, ScanRequest.class);
            if (request == null) {
                throw new RejectedException(VenueErrorCode.SCAN_MALFORMED);
            }
            return request;
        } catch (JacksonException unreadable) {
            throw new RejectedException(VenueErrorCode.SCAN_MALFORMED);
        }
    }
}
