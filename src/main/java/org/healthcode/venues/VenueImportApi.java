package org.healthcode.venues;

import java.util.List;
import java.util.Locale;
import org.healthcode.divisions.Division;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk venue import for district offices and administrators ({@code POST /api/venue-import}, multipart field {@code
 * file}), and the administrator's assignment of divisions to district offices.
 */
@RestController
class VenueImportApi {

    private final VenueImporter importer;
    private final VenueImportOffices offices;

    VenueImportApi(VenueImporter importer, VenueImportOffices offices) {
        this.importer = importer;
        this.offices = offices;
    }

    /** The divisions to assign to an office, as six-digit codes. */
    record OfficeDivisions(List<String> divisions) {}

    @PostMapping(path = "/api/venue-import", consumes = "multipart/form-data")
    VenueImportReport importVenues(
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "charset", required = false) String charset,
            @RequestParam(name = "within", required = false) String within,
            Authentication caller,
            Locale locale) {
        VenueImportUploader uploader = offices.uploader(caller);
        VenueImportScope scope = offices.scope(uploader, within);
        return importer.importFile(uploader, scope, file, file.getSize(), charset, locale);
    }

    @GetMapping("/api/admin/district-offices/{username}/divisions")
    List<Division> divisions(@PathVariable String username) {
        return offices.divisionsOf(username);
    }

    @PutMapping("/api/admin/district-offices/{username}/divisions")
    List<Division> assign(@PathVariable String username, @RequestBody OfficeDivisions body, Authentication caller) {
        List<String> codes = body.divisions() == null ? List.of() : body.divisions();
        return offices.assign(username, codes, offices.accountId(caller.getName()));
    }
}
