package org.healthcode.sampling;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Samplers create sites, open tubes, bind people to them by code or identity document, and seal them. */
@RestController
class SamplingApi {

    private final SamplingSites sites;
    private final Tubes tubes;

    SamplingApi(SamplingSites sites, Tubes tubes) {
        this.sites = sites;
        this.tubes = tubes;
    }

    record NewSite(String name) {}

    @PostMapping("/api/sampling/sites")
    ResponseEntity<SamplingSite> createSite(@RequestBody NewSite site, Principal sampler) {
        SamplingSite created = sites.create(site.name(), staff(sampler));
        return ResponseEntity.created(URI.create("/api/sampling/sites/" + created.id()))
                .body(created);
    }

    @GetMapping("/api/sampling/sites")
    List<SamplingSite> sites() {
        return sites.list();
    }

    @PostMapping("/api/sampling/tubes")
    ResponseEntity<TubeView> open(@RequestBody TubeToOpen request, Principal sampler) {
        TubeView tube = tubes.open(request, staff(sampler));
        return ResponseEntity.created(URI.create("/api/sampling/tubes/" + tube.barcode()))
                .body(tube);
    }

    @GetMapping("/api/sampling/tubes/{barcode}")
    TubeView tube(@PathVariable String barcode) {
        return tubes.view(TubeBarcode.of(barcode));
    }

    @PostMapping("/api/sampling/tubes/{barcode}/members")
    TubeView bind(@PathVariable String barcode, @RequestBody PersonToBind person, Principal sampler) {
        return tubes.bind(TubeBarcode.of(barcode), person, staff(sampler));
    }

    @PostMapping("/api/sampling/tubes/{barcode}/seal")
    TubeView seal(@PathVariable String barcode, Principal sampler) {
        return tubes.seal(TubeBarcode.of(barcode), staff(sampler));
    }

    private static String staff(Principal principal) {
        return "staff:" + principal.getName();
    }
}
