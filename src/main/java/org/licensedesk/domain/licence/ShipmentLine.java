package org.licensedesk.domain.licence;

import java.math.BigDecimal;
import java.util.Objects;
import org.licensedesk.domain.QuantityUnit;

/** The quantity of one licensed item (by its line number) in a shipment, in the unit the holder reported. */
public record ShipmentLine(int itemLine, BigDecimal quantity, QuantityUnit unit) {

    public ShipmentLine {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
    }
}
