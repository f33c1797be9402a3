package org.healthcode.labresults;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The lab staff's page: upload a CSV file (its script shows the upload's progress and then the row report) and see
 * turnaround figures per lab.
 */
@Controller
class LabPage {

    private final Turnarounds turnarounds;
    private final LabProperties settings;

    LabPage(Turnarounds turnarounds, LabProperties settings) {
        this.turnarounds = turnarounds;
        this.settings = settings;
    }

    @GetMapping("/lab")
    String lab(Model model) {
        model.addAttribute("turnarounds", turnarounds.perLab());
        model.addAttribute("maxUploadMegabytes", settings.maxUploadSize().toMegabytes());
        return "lab/results";
    }
}
