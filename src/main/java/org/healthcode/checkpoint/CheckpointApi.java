package org.healthcode.checkpoint;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Staff at a checkpoint scan a code and learn whether its holder may pass. */
@RestController
class CheckpointApi {

    private final Checkpoint checkpoint;

    CheckpointApi(Checkpoint checkpoint) {
        this.checkpoint = checkpoint;
    }

    /** The scanned code text. */
    record Scan(String code) {}

    @PostMapping("/api/checkpoint/verify")
    ResponseEntity<CheckResult> verify(@RequestBody Scan scan) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(checkpoint.check(scan.code()));
    }
}
