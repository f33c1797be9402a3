package org.healthcode.rules;

import java.util.Optional;

/** A named colour rule of a rule set: reads a person's facts at one instant and may conclude something. */
public interface ColourPolicy {

    /** The policy's name in its rule set, recorded with every colour change it causes. */
    String name();

    /** What the policy concludes from the person's facts as of the trail's instant; empty when it has nothing to say. */
    Optional<Finding> apply(FactTrail trail);
}
