package org.healthcode.venues;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.Journeys;

/** Registers venues through the API for venue tests. */
final class VenueFixtures {

    private VenueFixtures() {}

    /** A valid registration in Pudong (310115) with two entrances; {@code changes} replace or add fields. */
    static Map<String, Object> registration(String category, Map<String, Object> changes) {
        Map<String, Object> form = new HashMap<>();
        form.put("category", category);
        form.put("name", "Test venue " + UUID.randomUUID().toString().substring(0, 8));
        form.put("divisionCode", "310115");
        form.put("address", "1 Test Road");
        form.put("latitude", 31.22);
        form.put("longitude", 121.54);
        form.put("capacity", 200);
        form.put("entrances", List.of("North gate", "South gate"));
        form.putAll(changes);
        return form;
    }

    /** A new operator account. */
    static ApiClient operator(ApiClient fresh, Journeys journeys) {
        return journeys.staff(fresh, "VENUE_OPERATOR");
    }

    /** Registers a venue of this category and returns its id. */
    static String venue(ApiClient operator, String category) {
        return venue(operator, category, Map.of());
    }

    /** Registers a venue of this category, with these fields changed, and returns its id. */
    static String venue(ApiClient operator, String category, Map<String, Object> changes) {
        ApiClient.Response registered = operator.post("/api/venues", registration(category, changes));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().get("id").asString();
    }
}
