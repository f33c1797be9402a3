package org.healthcode.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.healthcode.appeals.Appeal;
import org.healthcode.appeals.Appeals;
import org.healthcode.common.CommonErrorCode;
import org.healthcode.common.RejectedException;
import org.healthcode.declarations.Condition;
import org.healthcode.declarations.Declarations;
import org.healthcode.declarations.Occupation;
import org.healthcode.declarations.Symptom;
import org.healthcode.login.ResidentPrincipal;
import org.healthcode.mycode.ScreenCode;
import org.healthcode.mycode.ScreenCodes;
import org.healthcode.residents.ResidentView;
import org.healthcode.residents.Residents;
import org.healthcode.status.HealthStatus;
import org.healthcode.status.StatusTexts;
import org.healthcode.status.Statuses;
import org.healthcode.status.TestRecency;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The resident's own pages: the status of the resident and every dependant, with reasons and next steps and the state
 * of their latest appeal, and the declaration form for each of them.
 */
@Controller
class ResidentPortal {

    private final Residents residents;
    private final Declarations declarations;
    private final Statuses statuses;
    private final StatusTexts texts;
    private final ScreenCodes codes;
    private final Appeals appeals;

    ResidentPortal(
            Residents residents,
            Declarations declarations,
            Statuses statuses,
            StatusTexts texts,
            ScreenCodes codes,
            Appeals appeals) {
        this.residents = residents;
        this.declarations = declarations;
        this.statuses = statuses;
        this.texts = texts;
        this.codes = codes;
        this.appeals = appeals;
    }

    /**
     * One person's card on the status page, with their screen code once one can be issued, and their latest appeal.
     */
    record PersonCard(
            ResidentView resident,
            String colour,
            List<ReasonLine> reasons,
            Optional<ScreenCode> code,
            TestRecency recency,
            Optional<Appeal> appeal) {

        /** Where the page's script fetches a fresh code for this person. */
        public String codePath() {
            return resident.dependant() ? "/api/me/dependants/" + resident.id() + "/code" : "/api/me/code";
        }
    }

    record ReasonLine(String reason, String nextStep) {}

    @GetMapping("/me")
    String me(
            @AuthenticationPrincipal ResidentPrincipal principal,
            @RequestParam(defaultValue = "false") boolean submitted,
            Locale locale,
            Model model) {
        UUID me = principal.requireRegistered();
        List<PersonCard> people = new ArrayList<>();
        people.add(card(residents.view(me), locale));
        residents.dependants(me).forEach(dependant -> people.add(card(dependant, locale)));
        model.addAttribute("people", people);
        model.addAttribute("submitted", submitted);
        return "portal/me";
    }

    @GetMapping("/me/declaration")
    String declarationForm(
            @AuthenticationPrincipal ResidentPrincipal principal,
            @RequestParam(name = "for", required = false) UUID subject,
            Model model) {
        UUID residentId = subject == null ? principal.requireRegistered() : subject;
        residents.requireManagedBy(principal.requireRegistered(), residentId);
        DeclarationForm form = new DeclarationForm();
        form.setCurrentDivision(residents.view(residentId).homeDivision());
        return showForm(residentId, form, model);
    }

    @PostMapping("/me/declaration")
    String declare(
            @AuthenticationPrincipal ResidentPrincipal principal,
            @ModelAttribute("form") DeclarationForm form,
            BindingResult binding,
            Model model) {
        UUID me = principal.requireRegistered();
        UUID residentId = form.getResidentId() == null ? me : form.getResidentId();
        residents.requireManagedBy(me, residentId);
        try {
            if (binding.hasErrors()) {
                throw new RejectedException(
                        CommonErrorCode.INVALID_FIELD,
                        binding.getFieldErrors().get(0).getField());
            }
            declarations.submit(residentId, me, residents.view(residentId).homeDivision(), form.toContent());
            return "redirect:/me?submitted=true";
        } catch (RejectedException rejected) {
            model.addAttribute("error", rejected.errorCode());
            return showForm(residentId, form, model);
        }
    }

    private String showForm(UUID residentId, DeclarationForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("residentId", residentId);
        model.addAttribute("maskedName", residents.view(residentId).maskedName());
        model.addAttribute("occupations", Occupation.values());
        model.addAttribute("symptoms", Symptom.values());
        model.addAttribute("conditions", Condition.values());
        return "portal/declaration";
    }

    private PersonCard card(ResidentView resident, Locale locale) {
        HealthStatus status = statuses.current(resident.id());
        List<ReasonLine> reasons = status.reasons().stream()
                .map(reason -> new ReasonLine(texts.reason(reason, locale), texts.nextStep(reason, locale)))
                .toList();
        Optional<ScreenCode> code =
                status.codeIssuable() ? Optional.of(codes.current(resident.id())) : Optional.empty();
        Optional<Appeal> appeal = appeals.of(resident.id()).stream().findFirst();
        return new PersonCard(
                resident, status.colour().map(Enum::name).orElse("NONE"), reasons, code, status.recency(), appeal);
    }
}
