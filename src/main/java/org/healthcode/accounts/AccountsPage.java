package org.healthcode.accounts;

import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.healthcode.common.RejectedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrators' accounts page. */
@Controller
class AccountsPage {

    private final StaffAccounts accounts;

    AccountsPage(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/accounts")
    String list(Model model) {
        model.addAttribute("accounts", accounts.list());
        model.addAttribute("roles", new TreeSet<>(accounts.knownRoles()));
        return "admin/accounts";
    }

    @PostMapping("/admin/accounts")
    String create(
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(required = false) Set<String> roles,
            Model model) {
        try {
            String password = StaffAccounts.generatePassword();
            accounts.create(username.strip(), displayName, roles == null ? Set.of() : roles, password);
            model.addAttribute("createdUsername", username.strip());
            model.addAttribute("createdPassword", password);
        } catch (RejectedException rejected) {
            model.addAttribute("error", rejected.errorCode());
        }
        return list(model);
    }

    @PostMapping("/admin/accounts/{id}/enabled")
    String setEnabled(@PathVariable UUID id, @RequestParam boolean enabled, Model model) {
        try {
            accounts.setEnabled(id, enabled);
        } catch (RejectedException rejected) {
            model.addAttribute("error", rejected.errorCode());
        }
        return list(model);
    }

    @PostMapping("/admin/accounts/{id}/password")
    String resetPassword(@PathVariable UUID id, Model model) {
        String password = accounts.resetPassword(id);
        accounts.list().stream()
                .filter(account -> account.id().equals(id))
                .findFirst()
                .ifPresent(account -> model.addAttribute("createdUsername", account.username()));
        model.addAttribute("createdPassword", password);
        return list(model);
    }
}
