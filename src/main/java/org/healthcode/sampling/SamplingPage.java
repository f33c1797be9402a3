package org.healthcode.sampling;

import org.healthcode.identity.DocumentType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sampler's page for a phone: open a tube, scan or paste each person's code (or type an identity document for
 * people without a phone), watch the tube fill and seal it. Its script calls the API under {@code /api/sampling}.
 */
@Controller
class SamplingPage {

    private final SamplingSites sites;
    private final SamplingProperties settings;

    SamplingPage(SamplingSites sites, SamplingProperties settings) {
        this.sites = sites;
        this.settings = settings;
    }

    @GetMapping("/sampling")
    String sampling(Model model) {
        model.addAttribute("sites", sites.list());
        model.addAttribute("poolSizes", settings.poolSizes());
        model.addAttribute("documentTypes", DocumentType.values());
        return "sampling/tubes";
    }
}
