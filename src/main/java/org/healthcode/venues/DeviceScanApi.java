package org.healthcode.venues;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scanning devices at venue gates and desks send the codes and documents they read. No session and no password: each
 * request is authenticated by its own signature headers (see {@link DeviceScanSignature}).
 */
@RestController
class DeviceScanApi {

    private final DeviceScanGate scans;

    DeviceScanApi(DeviceScanGate scans) {
        this.scans = scans;
    }

    @PostMapping("/api/devices/scans")
    ResponseEntity<AdmissionResult> scan(
            @RequestHeader(name = DeviceScanSignature.DEVICE_HEADER, required = false) String deviceId,
            @RequestHeader(name = DeviceScanSignature.TIMESTAMP_HEADER, required = false) String timestamp,
            @RequestHeader(name = DeviceScanSignature.NONCE_HEADER, required = false) String nonce,
            @RequestHeader(name = DeviceScanSignature.SIGNATURE_HEADER, required = false) String signature,
            @RequestBody(required = false) byte[] body,
            HttpServletRequest request) {
        DeviceScanSignature signed = DeviceScanSignature.of(deviceId, timestamp, nonce, signature);
        AdmissionResult result = scans.scan(new DeviceScanGate.SignedScan(
                request.getMethod(), request.getRequestURI(), signed, body == null ? new byte[0] : body));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(result);
    }
}
