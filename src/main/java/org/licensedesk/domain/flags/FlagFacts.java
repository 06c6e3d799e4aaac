package org.licensedesk.domain.flags;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.ScreenedParty;

/**
 * What the flag rules look at on one application, as stored now.
 *
 * @param hits the screening hits of its parties not disposed of as false matches
 */
public record FlagFacts(String reference, LicenceType licenceType, String endUserCountry, String consigneeCountry,
        Set<String> controlCodes, BigDecimal totalKg, BigDecimal totalValueUsd, List<PartyHit> hits) {

    /** One screening hit: the party, the list's source ({@code MOFCOM}, {@code CSL}, {@code OFAC_SDN}) and name. */
    public record PartyHit(ScreenedParty party, String source, String listName) {
        public PartyHit {
            Objects.requireNonNull(party, "party");
        }
    }

    public FlagFacts {
        Objects.requireNonNull(reference, "reference");
        controlCodes = Set.copyOf(controlCodes);
        hits = List.copyOf(hits);
    }
}
