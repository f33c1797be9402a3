package org.healthcode.venues;

import java.util.List;
import java.util.Locale;
import org.healthcode.common.RejectedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The district office's import page: an upload form that htmx posts in place, showing an indicator while the file
 * is imported and then the report (counts and the listed rows) or the file's refusal.
 */
@Controller
class VenueImportPage {

    private static final String REPORT = "venues/import-report :: report";

    private final VenueImporter importer;
    private final VenueImportOffices offices;
    private final VenueImportProperties settings;

    VenueImportPage(VenueImporter importer, VenueImportOffices offices, VenueImportProperties settings) {
        this.importer = importer;
        this.offices = offices;
        this.settings = settings;
    }

    @GetMapping("/venue-import")
    String page(Authentication caller, Model model) {
        VenueImportUploader uploader = offices.uploader(caller);
        model.addAttribute("administrator", uploader.administrator());
        model.addAttribute(
                "divisions", uploader.administrator() ? List.of() : offices.divisionsOf(uploader.accountId()));
        model.addAttribute("maxFileMegabytes", settings.maxFileSize().toMegabytes());
        return "venues/import";
    }

    @PostMapping("/venue-import")
    String upload(
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "within", required = false) String within,
            Authentication caller,
            Locale locale,
            Model model) {
        try {
            VenueImportUploader uploader = offices.uploader(caller);
            VenueImportScope scope = offices.scope(uploader, within);
            model.addAttribute("report", importer.importFile(uploader, scope, file, file.getSize(), null, locale));
        } catch (RejectedException refused) {
            model.addAttribute("error", refused.errorCode());
        }
        return REPORT;
    }
}
