package org.healthcode.rules;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administrators preview and activate rule-set versions (under /api/admin, so administrators only). */
@RestController
class RuleSetApi {

    private final RuleSetActivation activation;

    RuleSetApi(RuleSetActivation activation) {
        this.activation = activation;
    }

    @GetMapping("/api/admin/rule-sets/{region}/{version}/impact")
    RuleSetActivation.Impact impact(@PathVariable String region, @PathVariable int version) {
        return activation.preview(region, version);
    }

    @PostMapping("/api/admin/rule-sets/{region}/{version}/activation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void activate(@PathVariable String region, @PathVariable int version, Authentication administrator) {
        activation.activate(region, version, administrator.getName());
    }
}
