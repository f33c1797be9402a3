package org.healthcode.sampling;

import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of sampling.
 *
 * @param poolSizes the pool sizes a mixed tube may have; the validated sizes were 5, 10 and 20, and the first one is
 *     used when a sampler opens a mixed tube without a size. Each must be between 2 and 50.
 */
@Validated
@ConfigurationProperties("healthcode.sampling")
public record SamplingProperties(
        @NotEmpty @DefaultValue({"10", "5", "20"}) List<Integer> poolSizes) {

    public SamplingProperties {
        poolSizes = List.copyOf(poolSizes);
        if (poolSizes.stream().anyMatch(size -> size == null || size < 2 || size > 50)) {
            throw new IllegalArgumentException("healthcode.sampling.pool-sizes: each size must be between 2 and 50");
        }
    }

    /** The size of a mixed tube opened without one. */
    public int defaultPoolSize() {
        return poolSizes.get(0);
    }
}
