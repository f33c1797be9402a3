package org.healthcode.codes;

import java.util.EnumMap;
import java.util.Map;
import org.healthcode.codes.keys.KeyId;
import org.healthcode.common.RejectedException;

/** The outcome of checking a code text: its trusted claims, or the reason it was refused. */
public sealed interface Verification {

    /** Whether the code was accepted. */
    boolean accepted();

    /** The claims of an accepted code; a {@link RejectedException} with the reason otherwise. */
    HealthCode claimsOrThrow();

    /** The refusal for this reason; one shared instance per reason, so refusing allocates nothing. */
    static Rejected rejected(CodeRejection reason) {
        return Rejected.BY_REASON.get(reason);
    }

    /** A code whose signature, key and validity period were all in order. */
    record Accepted(HealthCode claims, KeyId keyId) implements Verification {

        @Override
        public boolean accepted() {
            return true;
        }

        @Override
        public HealthCode claimsOrThrow() {
            return claims;
        }
    }

    /** A code refused for a stated reason. */
    record Rejected(CodeRejection reason) implements Verification {

        private static final Map<CodeRejection, Rejected> BY_REASON = byReason();

        @Override
        public boolean accepted() {
            return false;
        }

        @Override
        public HealthCode claimsOrThrow() {
            throw new RejectedException(reason);
        }

        private static Map<CodeRejection, Rejected> byReason() {
            Map<CodeRejection, Rejected> all = new EnumMap<>(CodeRejection.class);
            for (CodeRejection reason : CodeRejection.values()) {
                all.put(reason, new Rejected(reason));
            }
            return all;
        }
    }
}
