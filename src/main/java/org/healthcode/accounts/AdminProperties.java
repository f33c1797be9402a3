package org.healthcode.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The first administrator, created at first start when no administrator exists.
 *
 * @param username its username
 * @param initialPassword its password; when unset, one is generated and printed once to the console
 * @param resetPassword when true, the start gives this administrator a new generated password, printed once (for an
 *     operator who lost it; remove the setting afterwards)
 */
@Validated
@ConfigurationProperties("healthcode.admin")
public record AdminProperties(
        @NotBlank @DefaultValue("admin") String username,
        @Size(min = 12, max = 128) String initialPassword,
        @DefaultValue("false") boolean resetPassword) {}
