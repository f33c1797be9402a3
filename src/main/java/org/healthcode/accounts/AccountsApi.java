package org.healthcode.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administrators manage staff accounts. A generated password is returned once, at creation or reset. */
@RestController
@RequestMapping("/api/admin/accounts")
class AccountsApi {

    private final StaffAccounts accounts;

    AccountsApi(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    record NewAccount(
            @NotBlank @Size(max = 32) String username,
            String displayName,
            @NotNull @Size(min = 1, max = 10) Set<String> roles) {}

    record CreatedAccount(StaffAccount account, String initialPassword) {}

    record Enabled(boolean enabled) {}

    record NewPassword(String password) {}

    @GetMapping
    List<StaffAccount> list() {
        return accounts.list();
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    CreatedAccount create(@Validated @RequestBody NewAccount request) {
        String password = StaffAccounts.generatePassword();
        return new CreatedAccount(
                accounts.create(request.username(), request.displayName(), request.roles(), password), password);
    }

    @PostMapping(path = "/{id}/enabled", consumes = "application/json")
    void setEnabled(@PathVariable UUID id, @RequestBody Enabled request) {
        accounts.setEnabled(id, request.enabled());
    }

    @PostMapping("/{id}/password")
    NewPassword resetPassword(@PathVariable UUID id) {
        return new NewPassword(accounts.resetPassword(id));
    }
}
