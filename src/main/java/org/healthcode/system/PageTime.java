package org.healthcode.system;

import java.time.ZoneId;
import org.healthcode.common.TimeProperties;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the region's zone, so templates show instants in local time: {@code instant.atZone(zone)}. */
@ControllerAdvice(annotations = Controller.class)
class PageTime {

    private final TimeProperties time;

    PageTime(TimeProperties time) {
        this.time = time;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return time.zone();
    }
}
