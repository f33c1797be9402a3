package org.healthcode.codes.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.healthcode.codes.MovableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyRotationTest {

    private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");
    private static final RotationPolicy POLICY =
            new RotationPolicy(Duration.ofDays(90), Duration.ofDays(7), Duration.ofDays(2));

    @TempDir
    Path keys;

    private final MovableClock clock = new MovableClock(START);

    @Test
    void the_first_start_creates_a_key_that_signs_at_once_and_is_kept_in_the_keystore() {
        KeyRotation rotation = rotation();

        KeyRing ring = rotation.rotateIfDue();

        assertThat(ring.keys()).hasSize(1);
        assertThat(ring.signerAt(START)).contains(ring.keys().get(0));
        assertThat(new KeyRingStore(keys, "secret").load())
                .extracting(SigningKey::id)
                .containsExactly(ring.keys().get(0).id());
    }

    @Test
    void a_keystore_opened_with_the_wrong_password_fails_with_a_message_naming_the_setting() {
        rotation().rotateIfDue();

        assertThatThrownBy(() -> new KeyRingStore(keys, "wrong").load())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("healthcode.codes.keystore-password");
    }

    @Test
    void a_successor_is_published_lead_time_before_it_signs_and_then_takes_over() {
        KeyRotation rotation = rotation();
        SigningKey first = rotation.rotateIfDue().keys().get(0);

        clock.advance(Duration.ofDays(83));
        KeyRing ring = rotation.rotateIfDue();
        SigningKey second = ring.newest().orElseThrow();

        assertThat(second.activeFrom()).isEqualTo(START.plus(Duration.ofDays(90)));
        assertThat(ring.signerAt(clock.instant())).contains(first);
        assertThat(ring.signerAt(START.plus(Duration.ofDays(90)))).contains(second);
        assertThat(ring.publishedAt(clock.instant())).extracting(TrustedKey::id).contains(first.id(), second.id());
    }

    @Test
    void an_old_key_keeps_verifying_for_the_retention_after_its_successor_activates_and_is_then_destroyed() {
        KeyRotation rotation = rotation();
        SigningKey first = rotation.rotateIfDue().keys().get(0);
        clock.advance(Duration.ofDays(83));
        rotation.rotateIfDue();
        Instant handover = START.plus(Duration.ofDays(90));

        clock.set(handover.plus(Duration.ofDays(2)).minusSeconds(1));
        assertThat(rotation.rotateIfDue().find(first.id())).isPresent();

        clock.set(handover.plus(Duration.ofDays(2)));
        assertThat(rotation.rotateIfDue().find(first.id())).isEmpty();
        assertThat(new KeyRingStore(keys, "secret").load())
                .extracting(SigningKey::id)
                .doesNotContain(first.id());
    }

    @Test
    void a_successor_that_is_overdue_is_still_published_lead_time_before_it_signs() {
        KeyRotation rotation = rotation();
        rotation.rotateIfDue();

        clock.advance(Duration.ofDays(200));
        SigningKey successor = rotation.rotateIfDue().newest().orElseThrow();

        assertThat(successor.activeFrom()).isEqualTo(clock.instant().plus(Duration.ofDays(7)));
    }

    @Test
    void a_key_can_be_scheduled_by_hand_but_not_in_the_past() {
        KeyRotation rotation = rotation();
        rotation.rotateIfDue();

        SigningKey scheduled = rotation.schedule(START.plus(Duration.ofDays(3)));

        assertThat(rotation.get().signerAt(START.plus(Duration.ofDays(3)))).contains(scheduled);
        assertThatThrownBy(() -> rotation.schedule(START.minusSeconds(10)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_new_key_whose_id_is_already_taken_is_generated_again() {
        KeyPair first = P256.generateKeyPair();
        KeyPair fresh = P256.generateKeyPair();
        Deque<KeyPair> pairs = new ArrayDeque<>(List.of(first, first, fresh));
        KeyRotation rotation =
                new KeyRotation(new KeyRingStore(keys, "secret"), POLICY, "310000", clock, pairs::removeFirst);
        rotation.rotateIfDue();

        SigningKey second = rotation.schedule(START.plus(Duration.ofDays(1)));

        assertThat(second.id()).isEqualTo(KeyId.of(fresh.getPublic()));
        assertThat(rotation.get().keys()).hasSize(2);
    }

    @Test
    void a_ring_refuses_two_keys_with_the_same_id() {
        KeyRing ring = rotation().rotateIfDue();

        assertThatThrownBy(() -> ring.with(ring.keys().get(0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_restarted_rotation_reloads_the_same_keys() {
        KeyRing before = rotation().rotateIfDue();

        KeyRing after = rotation().rotateIfDue();

        assertThat(after.keys())
                .extracting(SigningKey::id)
                .isEqualTo(before.keys().stream().map(SigningKey::id).toList());
    }

    private KeyRotation rotation() {
        return new KeyRotation(new KeyRingStore(keys, "secret"), POLICY, "310000", clock);
    }
}
