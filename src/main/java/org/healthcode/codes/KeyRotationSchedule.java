package org.healthcode.codes;

import org.healthcode.codes.keys.KeyRotation;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the key rotation check every {@code healthcode.codes.rotation.check-interval} (default one hour). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class KeyRotationSchedule {

    private final KeyRotation rotation;

    KeyRotationSchedule(KeyRotation rotation) {
        this.rotation = rotation;
    }

    /** Publishes a due successor and destroys retired keys. */
    @Scheduled(
            fixedDelayString = "${healthcode.codes.rotation.check-interval:1h}",
            initialDelayString = "${healthcode.codes.rotation.check-interval:1h}")
    void rotate() {
        rotation.rotateIfDue();
    }
}
