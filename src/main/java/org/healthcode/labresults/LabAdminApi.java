package org.healthcode.labresults;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Administrators register labs, assign lab staff to them and issue or revoke lab systems' API keys. */
@RestController
class LabAdminApi {

    private final Labs labs;

    LabAdminApi(Labs labs) {
        this.labs = labs;
    }

    record NewLab(String code, String name) {}

    record NewMember(String username) {}

    record NewKey(String name) {}

    @PostMapping("/api/admin/labs")
    ResponseEntity<NewLab> create(@RequestBody NewLab lab) {
        labs.create(lab.code(), lab.name());
        return ResponseEntity.status(HttpStatus.CREATED).body(lab);
    }

    @PostMapping("/api/admin/labs/{code}/members")
    ResponseEntity<Void> addMember(@PathVariable String code, @RequestBody NewMember member) {
        labs.addMember(code, member.username());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/admin/labs/{code}/keys")
    ResponseEntity<LabKey> issueKey(@PathVariable String code, @RequestBody NewKey key) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Cache-Control", "no-store")
                .body(labs.issueKey(code, key.name()));
    }

    @DeleteMapping("/api/admin/labs/{code}/keys/{keyId}")
    ResponseEntity<Void> revokeKey(@PathVariable String code, @PathVariable UUID keyId) {
        labs.revokeKey(code, keyId);
        return ResponseEntity.noContent().build();
    }
}
