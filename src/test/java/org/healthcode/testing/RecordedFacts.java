package org.healthcode.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.healthcode.facts.FactsRecorded;

/** A subscriber to new facts that remembers whom it was told about, so tests can check the hook is called. */
public class RecordedFacts implements FactsRecorded {

    private final List<UUID> announced = new ArrayList<>();

    @Override
    public synchronized void recorded(Collection<UUID> residentIds) {
        announced.addAll(residentIds);
    }

    public synchronized List<UUID> announced() {
        return List.copyOf(announced);
    }
}
