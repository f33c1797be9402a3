package org.healthcode.venues;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators register and revoke their venues' scanning devices; a device sends scans with its key in
 * {@code X-Device-Key} and a fresh {@code requestId} and {@code sentAt} in the body.
 */
@RestController
class DeviceApi {

    static final String KEY_HEADER = "X-Device-Key";

    private final VenueDevices devices;
    private final DeviceScans scans;
    private final StaffPrincipals principals;

    DeviceApi(VenueDevices devices, DeviceScans scans, StaffPrincipals principals) {
        this.devices = devices;
        this.scans = scans;
        this.principals = principals;
    }

    /** A device to register, by name. */
    record DeviceName(String name) {}

    /** A device's scan: the staff scan's fields plus a request id used once and the device's send time. */
    record DeviceScan(
            String requestId,
            Instant sentAt,
            String code,
            String documentType,
            String documentNumber,
            String issuingCountry,
            String entranceId,
            List<String> companions) {

        ScanRequest toScan() {
            return new ScanRequest(code, documentType, documentNumber, issuingCountry, entranceId, companions, null);
        }
    }

    @PostMapping("/api/venues/{id}/devices")
    @ResponseStatus(HttpStatus.CREATED)
    VenueDevices.NewDevice register(@PathVariable String id, @RequestBody DeviceName device, Principal operator) {
        return devices.register(VenueId.of(id), principals.accountId(operator), device.name());
    }

    @GetMapping("/api/venues/{id}/devices")
    List<VenueDevices.Device> list(@PathVariable String id, Principal operator) {
        return devices.of(VenueId.of(id), principals.accountId(operator));
    }

    @DeleteMapping("/api/venues/{id}/devices/{deviceId}")
    ResponseEntity<Void> revoke(@PathVariable String id, @PathVariable UUID deviceId, Principal operator) {
        devices.revoke(VenueId.of(id), principals.accountId(operator), deviceId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/devices/scans")
    ResponseEntity<AdmissionResult> scan(
            @RequestHeader(name = KEY_HEADER, required = false) String key, @RequestBody DeviceScan scan) {
        AdmissionResult result = scans.scan(key, scan.requestId(), scan.sentAt(), scan.toScan());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(result);
    }
}
