package org.licensedesk.domain;

import java.util.Objects;

/** An official who signs in to LicenseDesk. Users are deactivated, never deleted: the audit trail names them. */
public record User(String username, String displayName, UserRole role, boolean active) {
    public User {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
    }
}
