package org.healthcode.labresults;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.healthcode.common.CommonErrorCode;
import org.healthcode.common.RejectedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Labs upload results: a CSV file, JSON (one result or a batch) or FHIR R4. Callers are lab staff (role LAB, member of
 * a lab) or lab systems presenting an API key in the {@code X-Lab-Key} header.
 */
@RestController
class LabApi {

    private final Labs labs;
    private final CsvResults csv;
    private final JsonResults json;
    private final FhirResults fhir;
    private final Turnarounds turnarounds;
    private final LabProperties settings;

    LabApi(
            Labs labs,
            CsvResults csv,
            JsonResults json,
            FhirResults fhir,
            Turnarounds turnarounds,
            LabProperties settings) {
        this.labs = labs;
        this.csv = csv;
        this.json = json;
        this.fhir = fhir;
        this.turnarounds = turnarounds;
        this.settings = settings;
    }

    record ResultBatch(List<ResultLine> results) {}

    @PostMapping(path = "/api/lab/results/csv", consumes = "multipart/form-data")
    IntakeReport uploadCsv(
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "charset", required = false) String charset,
            Authentication caller) {
        return csv.upload(callerOf(caller), file, file.getSize(), charset);
    }

    @PostMapping(path = "/api/lab/results", consumes = "application/json")
    IntakeReport uploadOne(@RequestBody ResultLine line, Authentication caller) {
        return json.uploadOne(callerOf(caller), line);
    }

    @PostMapping(path = "/api/lab/results/batch", consumes = "application/json")
    IntakeReport uploadBatch(@RequestBody ResultBatch batch, Authentication caller) {
        if (batch.results() == null) {
            throw new RejectedException(CommonErrorCode.MALFORMED_REQUEST, "results");
        }
        return json.upload(callerOf(caller), batch.results());
    }

    @PostMapping(
            path = "/api/lab/results/fhir",
            consumes = {"application/fhir+json", "application/json"})
    IntakeReport uploadFhir(HttpServletRequest request, Authentication caller) throws IOException {
        LabCaller lab = callerOf(caller);
        try (InputStream body = new LimitedInputStream(
                request.getInputStream(), settings.maxUploadSize().toBytes())) {
            return fhir.upload(lab, body);
        }
    }

    @GetMapping("/api/lab/turnaround")
    List<Turnaround> turnaround() {
        return turnarounds.perLab();
    }

    private LabCaller callerOf(Authentication authentication) {
        if (authentication.getPrincipal() instanceof LabCaller system) {
            return system;
        }
        return labs.staffCaller(authentication.getName());
    }
}
