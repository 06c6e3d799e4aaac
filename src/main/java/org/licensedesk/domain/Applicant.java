package org.licensedesk.domain;

import java.util.Objects;

/** The Chinese exporter that files an application, identified by its Unified Social Credit Code. */
public record Applicant(
        String uscc,
        String name,
        String nameLocal,
        String address,
        Contact contact) {

    public Applicant {
        Objects.requireNonNull(uscc, "uscc");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameLocal, "nameLocal");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(contact, "contact");
    }
}
