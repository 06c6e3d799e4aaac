package org.licensedesk.domain.licence;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A holder's report of one shipment under a licence (Art. 18(1)). */
public record Shipment(String licenceNumber, LocalDate shippedOn, String consignee, String customsDeclaration,
                       List<ShipmentLine> lines) {

    public Shipment {
        Objects.requireNonNull(licenceNumber, "licenceNumber");
        Objects.requireNonNull(shippedOn, "shippedOn");
        Objects.requireNonNull(consignee, "consignee");
        Objects.requireNonNull(customsDeclaration, "customsDeclaration");
        lines = List.copyOf(lines);
    }
}
