package org.healthcode.facts;

import java.util.Collection;
import java.util.UUID;

/**
 * Told which people have new facts, so that whoever derives something from facts (the colour engine) can evaluate
 * them again. Implement it as a Spring bean to subscribe; with no subscriber nothing happens. Called after the
 * transaction that recorded the facts has committed, on the recording thread: keep it quick or hand the work off.
 */
public interface FactsRecorded {

    /** These people (each named once) have new facts. */
    void recorded(Collection<UUID> residentIds);
}
