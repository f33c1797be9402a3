package org.healthcode.residents;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.healthcode.common.CommonErrorCode;
import org.healthcode.common.RejectedException;
import org.healthcode.identity.DocumentType;
import org.healthcode.login.ResidentPrincipal;
import org.healthcode.login.ResidentSessions;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The registration page for a phone holder, and the form for adding a dependant. */
@Controller
class RegistrationPage {

    private final Residents residents;
    private final ResidentSessions sessions;

    RegistrationPage(Residents residents, ResidentSessions sessions) {
        this.residents = residents;
        this.sessions = sessions;
    }

    @ModelAttribute("documentTypes")
    DocumentType[] documentTypes() {
        return DocumentType.values();
    }

    @GetMapping("/register")
    String form(@AuthenticationPrincipal ResidentPrincipal principal, Model model) {
        if (principal.registeredId().isPresent()) {
            return "redirect:/me";
        }
        model.addAttribute("dependant", false);
        return "residents/register";
    }

    @PostMapping("/register")
    String register(
            @AuthenticationPrincipal ResidentPrincipal principal,
            @ModelAttribute("form") Registration registration,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            rejectUnbound(binding);
            ResidentView registered = residents.register(principal, registration);
            sessions.signIn(principal.registeredAs(registered.id()), request, response);
            return "redirect:/me/declaration";
        } catch (RejectedException rejected) {
            model.addAttribute("error", rejected.errorCode());
            model.addAttribute("dependant", false);
            return "residents/register";
        }
    }

    @GetMapping("/me/dependants")
    String dependants(@AuthenticationPrincipal ResidentPrincipal principal, Model model) {
        model.addAttribute("dependant", true);
        model.addAttribute("dependants", residents.dependants(principal.requireRegistered()));
        return "residents/register";
    }

    @PostMapping("/me/dependants")
    String addDependant(
            @AuthenticationPrincipal ResidentPrincipal principal,
            @ModelAttribute("form") Registration registration,
            BindingResult binding,
            Model model) {
        try {
            rejectUnbound(binding);
            ResidentView dependant = residents.addDependant(principal.requireRegistered(), registration);
            return "redirect:/me/declaration?for=" + dependant.id();
        } catch (RejectedException rejected) {
            model.addAttribute("error", rejected.errorCode());
            return dependants(principal, model);
        }
    }

    private static void rejectUnbound(BindingResult binding) {
        if (binding.hasErrors()) {
            throw new RejectedException(
                    CommonErrorCode.INVALID_FIELD,
                    binding.getFieldErrors().get(0).getField());
        }
    }
}
