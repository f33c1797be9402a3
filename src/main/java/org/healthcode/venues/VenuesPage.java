package org.healthcode.venues;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.healthcode.common.RejectedException;
import org.healthcode.divisions.Divisions;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The operator's page: their venues (and those they serve as staff), a form to register one, and buttons to retire
 * one or assign a staff account; per operated venue, its scanning devices with forms to register and revoke one. A
 * plain form page; it re-renders with the localised error on bad input.
 */
@Controller
class VenuesPage {

    private final VenueRegistrations registrations;
    private final VenueDeviceKeys devices;
    private final Divisions divisions;
    private final StaffPrincipals principals;

    VenuesPage(
            VenueRegistrations registrations,
            VenueDeviceKeys devices,
            Divisions divisions,
            StaffPrincipals principals) {
        this.registrations = registrations;
        this.devices = devices;
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
        UUID account = principals.accountId(staff);
        List<VenueSummary> venues = registrations.of(account);
        model.addAttribute("venues", venues);
        model.addAttribute("devices", devices.ofOperator(account));
        model.addAttribute("entranceNames", entranceNames(venues));
        model.addAttribute("categories", VenueCategory.values());
        return "venues/venues";
    }

    @PostMapping("/venues")
    String register(RegistrationForm form, Principal operator, Model model) {
        return act(
                () -> registrations.register(
                        principals.accountId(operator), VenueRegistration.of(form.toForm(), divisions)),
                operator,
                model);
    }

    @PostMapping("/venues/{id}/retirement")
    String retire(@PathVariable String id, Principal operator, Model model) {
        return act(() -> registrations.retire(VenueId.of(id), principals.accountId(operator)), operator, model);
    }

    @PostMapping("/venues/{id}/staff")
    String assignStaff(@PathVariable String id, @RequestParam String username, Principal operator, Model model) {
        return act(
                () -> registrations.assignStaff(VenueId.of(id), principals.accountId(operator), username),
                operator,
                model);
    }

    /**
     * Registers a scanning device and answers with the page showing its secret. The secret is shown in this response
     * only, so it is rendered here rather than redirected to: a redirect would have to carry it in the URL or keep
     * it in the session (flash attributes live there). The response is marked not to be stored.
     */
    @PostMapping("/venues/{id}/devices")
    String registerDevice(
            @PathVariable String id,
            VenueDeviceKeys.Form form,
            Principal operator,
            Model model,
            HttpServletResponse response) {
        try {
            VenueDeviceRegistered registered = devices.register(VenueId.of(id), principals.accountId(operator), form);
            response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
            model.addAttribute("registered", registered);
        } catch (RejectedException rejected) {
            model.addAttribute("error", rejected.errorCode());
        }
        return venues(operator, model);
    }

    @PostMapping("/venues/{id}/devices/{deviceId}/revocation")
    String revokeDevice(@PathVariable String id, @PathVariable String deviceId, Principal operator, Model model) {
        return act(() -> devices.revoke(VenueId.of(id), deviceId, principals.accountId(operator)), operator, model);
    }

    /** Does an operator's action and goes back to the page, or shows the page with the action's error. */
    private String act(Runnable action, Principal operator, Model model) {
        try {
            action.run();
            return "redirect:/venues";
        } catch (RejectedException rejected) {
            model.addAttribute("error", rejected.errorCode());
            return venues(operator, model);
        }
    }

    private static Map<UUID, String> entranceNames(List<VenueSummary> venues) {
        return venues.stream()
                .flatMap(venue -> venue.entrances().stream())
                .collect(Collectors.toMap(VenueSummary.Entrance::id, VenueSummary.Entrance::name));
    }
}
