package org.healthcode.checkpoint;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The checkpoint page for staff on a phone: a camera scanner and a box to paste a code text. Its script sends each
 * code to {@code POST /api/checkpoint/verify} and shows the verdict; the page itself holds no personal data.
 */
@Controller
class CheckpointPage {

    @GetMapping("/checkpoint")
    String scan() {
        return "checkpoint/scan";
    }
}
