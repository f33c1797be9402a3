package org.healthcode.mycode;

import java.util.UUID;
import org.healthcode.codes.qr.QrRenderer;
import org.healthcode.login.ResidentPrincipal;
import org.healthcode.residents.Residents;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The resident's own screen code and their dependants'. Responses are never cached: the text is a credential. */
@RestController
class MyCodeApi {

    private static final int PNG_MODULE_PIXELS = 6;

    private final ScreenCodes codes;
    private final Residents residents;
    private final QrRenderer qr;

    MyCodeApi(ScreenCodes codes, Residents residents, QrRenderer qr) {
        this.codes = codes;
        this.residents = residents;
        this.qr = qr;
    }

    @GetMapping("/api/me/code")
    ResponseEntity<ScreenCode> myCode(@AuthenticationPrincipal ResidentPrincipal principal) {
        return noStore(codes.current(principal.requireRegistered()));
    }

    @GetMapping("/api/me/dependants/{dependantId}/code")
    ResponseEntity<ScreenCode> dependantCode(
            @AuthenticationPrincipal ResidentPrincipal principal, @PathVariable UUID dependantId) {
        residents.requireManagedBy(principal.requireRegistered(), dependantId);
        return noStore(codes.current(dependantId));
    }

    /** The same screen code as a PNG image, for apps and kiosks that show an image rather than drawing the SVG. */
    @GetMapping(path = "/api/me/code.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> myCodeImage(@AuthenticationPrincipal ResidentPrincipal principal) {
        byte[] png = qr.png(codes.current(principal.requireRegistered()).text(), PNG_MODULE_PIXELS);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(png);
    }

    private static ResponseEntity<ScreenCode> noStore(ScreenCode code) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(code);
    }
}
