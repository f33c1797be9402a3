package org.healthcode.sampling;

import java.util.UUID;

/** A place where samplers take swabs, such as a community's testing booth. */
public record SamplingSite(UUID id, String name) {}
