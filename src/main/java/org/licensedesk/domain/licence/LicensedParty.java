package org.licensedesk.domain.licence;

import java.util.Objects;
import org.licensedesk.domain.PartyRole;

/** A consignee or end user the licence permits goods to go to. */
public record LicensedParty(PartyRole role, String name, String country, String address) {

    public LicensedParty {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(address, "address");
    }
}
