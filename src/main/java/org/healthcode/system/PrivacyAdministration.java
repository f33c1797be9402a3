package org.healthcode.system;

import java.util.Map;
import org.healthcode.privacy.Reencryption;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators move stored personal data to the active data key after a key rotation (docs/operations.md). */
@RestController
class PrivacyAdministration {

    private final Reencryption reencryption;

    PrivacyAdministration(Reencryption reencryption) {
        this.reencryption = reencryption;
    }

    record Moved(Map<String, Integer> values) {}

    @PostMapping(path = "/api/admin/privacy/reencryption", consumes = "application/json")
    Moved reencrypt() {
        return new Moved(reencryption.run());
    }
}
