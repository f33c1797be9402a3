package org.healthcode.venues;

import java.security.Principal;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A venue's operator registers scanning devices (receiving each secret once), lists them and revokes them. */
@RestController
class VenueDeviceApi {

    private final VenueDeviceKeys devices;
    private final StaffPrincipals principals;

    VenueDeviceApi(VenueDeviceKeys devices, StaffPrincipals principals) {
        this.devices = devices;
        this.principals = principals;
    }

    @PostMapping("/api/venues/{id}/devices")
    ResponseEntity<VenueDeviceRegistered> register(
            @PathVariable String id, @RequestBody VenueDeviceKeys.Form form, Principal operator) {
        VenueDeviceRegistered registered = devices.register(VenueId.of(id), principals.accountId(operator), form);
        return ResponseEntity.status(HttpStatus.CREATED)
                .cacheControl(CacheControl.noStore())
                .body(registered);
    }

    @GetMapping("/api/venues/{id}/devices")
    List<VenueDevice> list(@PathVariable String id, Principal operator) {
        return devices.of(VenueId.of(id), principals.accountId(operator));
    }

    @PostMapping("/api/venues/{id}/devices/{deviceId}/revocation")
    VenueDevice revoke(@PathVariable String id, @PathVariable String deviceId, Principal operator) {
        return devices.revoke(VenueId.of(id), deviceId, principals.accountId(operator));
    }
}
