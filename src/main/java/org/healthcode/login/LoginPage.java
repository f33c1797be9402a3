package org.healthcode.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.healthcode.common.RejectedException;
import org.healthcode.identity.PhoneNumber;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The resident login pages: enter the phone, receive a code, enter the code. */
@Controller
class LoginPage {

    private final LoginCodes codes;
    private final AccountHolderLookup holders;
    private final ResidentSessions sessions;
    private final CodeSender sender;

    LoginPage(LoginCodes codes, AccountHolderLookup holders, ResidentSessions sessions, CodeSender sender) {
        this.codes = codes;
        this.holders = holders;
        this.sessions = sessions;
        this.sender = sender;
    }

    @GetMapping("/login")
    String phoneForm() {
        return "login/phone";
    }

    @PostMapping("/login/code")
    String sendCode(@RequestParam(defaultValue = "") String phone, HttpServletRequest request, Model model) {
        try {
            PhoneNumber number = PhoneNumber.of(phone);
            codes.request(number, request.getRemoteAddr());
            model.addAttribute("phone", number.canonical());
            model.addAttribute("maskedPhone", number.masked());
            return "login/code";
        } catch (RejectedException rejected) {
            model.addAttribute("error", rejected.errorCode());
            return "login/phone";
        }
    }

    @PostMapping("/login")
    String logIn(
            @RequestParam(defaultValue = "") String phone,
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            PhoneNumber number = PhoneNumber.of(phone);
            codes.verify(number, code.strip());
            ResidentPrincipal principal = new ResidentPrincipal(
                    number.canonical(), holders.residentWithPhone(number).orElse(null));
            sessions.signIn(principal, request, response);
            return principal.registeredId().isPresent() ? "redirect:/me" : "redirect:/register";
        } catch (RejectedException rejected) {
            model.addAttribute("error", rejected.errorCode());
            model.addAttribute("phone", phone);
            model.addAttribute("maskedPhone", safeMask(phone));
            return "login/code";
        }
    }

    @GetMapping("/admin/outbox")
    String outbox(Model model) {
        model.addAttribute("messages", sender instanceof DevOutbox outbox ? outbox.messages() : List.of());
        model.addAttribute("devOutbox", sender instanceof DevOutbox);
        return "admin/outbox";
    }

    private static String safeMask(String phone) {
        try {
            return PhoneNumber.of(phone).masked();
        } catch (RejectedException unreadable) {
            return "";
        }
    }
}
