package org.healthcode.venues;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import org.healthcode.common.RejectedException;
import org.healthcode.divisions.Divisions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The operator's page: their venues (and those they serve as staff), a form to register one, and buttons to retire
 * one or assign a staff account. A plain form page; it re-renders with the localised error on bad input.
 */
@Controller
class VenuesPage {

    private final VenueRegistrations registrations;
    private final Divisions divisions;
    private final StaffPrincipals principals;

    VenuesPage(VenueRegistrations registrations, Divisions divisions, StaffPrincipals principals) {
        this.registrations = registrations;
        this.divisions = divisions;
        this.principals = principals;
    }

    /** The registration form as posted; entrances one per line. */
    record RegistrationForm(
            String category,
            String name,
            String divisionCode,
            String address,
            Double latitude,
            Double longitude,
            Integer capacity,
            String entrances) {

        VenueRegistration.Form toForm() {
            List<String> names = entrances == null || entrances.isBlank()
                    ? List.of()
                    : Arrays.stream(entrances.split("\\R"))
                            .filter(line -> !line.isBlank())
                            .toList();
            return new VenueRegistration.Form(
                    category, name, divisionCode, address, latitude, longitude, capacity, names);
        }
    }

    @GetMapping("/venues")
    String venues(Principal staff, Model model) {
        model.addAttribute("venues", registrations.of(principals.accountId(staff)));
        model.addAttribute("categories", VenueCategory.values());
        return "venues/venues";
    }

    @PostMapping("/venues")
    String register(RegistrationForm form, Principal operator, Model model) {
        try {
            VenueRegistration registration = VenueRegistration.of(form.toForm(), divisions);
            registrations.register(principals.accountId(operator), registration);
            return "redirect:/venues";
        } catch (RejectedException rejected) {
            model.addAttribute("error", rejected.errorCode());
            return venues(operator, model);
        }
    }

    @PostMapping("/venues/{id}/retirement")
    String retire(@PathVariable String id, Principal operator, Model model) {
        try {
            registrations.retire(VenueId.of(id), principals.accountId(operator));
            return "redirect:/venues";
        } catch (RejectedException rejected) {
            model.addAttribute("error", rejected.errorCode());
            return venues(operator, model);
        }
    }

    @PostMapping("/venues/{id}/staff")
    String assignStaff(@PathVariable String id, @RequestParam String username, Principal operator, Model model) {
        try {
            registrations.assignStaff(VenueId.of(id), principals.accountId(operator), username);
            return "redirect:/venues";
        } catch (RejectedException rejected) {
            model.addAttribute("error", rejected.errorCode());
            return venues(operator, model);
        }
    }
}
