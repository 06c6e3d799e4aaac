package org.licensedesk.domain;

import java.util.Objects;

/** The person at the applicant the bureau talks to. */
public record Contact(String name, String phone, String email) {
    public Contact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(email, "email");
    }
}
