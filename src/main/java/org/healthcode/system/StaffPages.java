package org.healthcode.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page and the staff entry pages. */
@Controller
class StaffPages {

    @GetMapping("/")
    String home() {
        return "index";
    }

    @GetMapping("/staff/login")
    String staffLogin() {
        return "staff/login";
    }

    @GetMapping("/staff")
    String staffHome() {
        return "staff/home";
    }
}
