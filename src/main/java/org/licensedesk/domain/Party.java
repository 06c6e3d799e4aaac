package org.licensedesk.domain;

import java.util.Objects;

/** A foreign party of an application: the consignee or the end user. Country is ISO 3166-1 alpha-2. */
public record Party(PartyRole role, String name, String country, String address) {
    public Party {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(address, "address");
    }
}
