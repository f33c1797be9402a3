package org.healthcode.codes.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.assertj.core.api.Assertions;
import org.healthcode.codes.MovableClock;
import org.healthcode.codes.keys.KeyRingStore;
import org.healthcode.codes.keys.KeyRotation;
import org.healthcode.codes.keys.RotationPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class PublishedKeysControllerTest {

    @TempDir
    Path keys;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T08:00:00Z"));
    private MockMvc mvc;
    private KeyRotation rotation;

    @BeforeEach
    void publishOneKey() {
        RotationPolicy policy = new RotationPolicy(Duration.ofDays(90), Duration.ofDays(7), Duration.ofDays(2));
        rotation = new KeyRotation(new KeyRingStore(keys, "secret"), policy, "310000", clock);
        rotation.rotateIfDue();
        mvc = MockMvcBuilders.standaloneSetup(new PublishedKeysController(rotation, "310000", clock))
                .build();
    }

    @Test
    void the_key_set_is_served_with_its_region_a_strong_etag_and_caching() throws Exception {
        String kid = rotation.get().keys().get(0).id().toBase64Url();

        mvc.perform(get(PublishedKeysController.PATH))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/jwk-set+json"))
                .andExpect(jsonPath("$.region").value("310000"))
                .andExpect(jsonPath("$.keys[0].kid").value(kid))
                .andExpect(header().string("ETag", org.hamcrest.Matchers.matchesPattern("\"[A-Za-z0-9_-]{22}\"")))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("max-age=3600")));
    }

    @Test
    void a_client_holding_the_current_version_gets_not_modified() throws Exception {
        String etag = mvc.perform(get(PublishedKeysController.PATH))
                .andReturn()
                .getResponse()
                .getHeader("ETag");

        mvc.perform(get(PublishedKeysController.PATH).header("If-None-Match", etag))
                .andExpect(status().isNotModified());
    }

    @Test
    void a_new_key_changes_the_etag() throws Exception {
        String before = mvc.perform(get(PublishedKeysController.PATH))
                .andReturn()
                .getResponse()
                .getHeader("ETag");

        rotation.schedule(clock.instant().plus(Duration.ofDays(1)));
        String after = mvc.perform(get(PublishedKeysController.PATH))
                .andReturn()
                .getResponse()
                .getHeader("ETag");

        Assertions.assertThat(after).isNotEqualTo(before);
    }
}
