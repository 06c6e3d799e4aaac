package org.licensedesk.domain.licence;

import java.math.BigDecimal;
import java.util.Objects;
import org.licensedesk.domain.QuantityUnit;

/** One licensed line: what may be shipped, in which unit, and how much of it the holder has reported shipped. */
public record LicensedItem(int lineNo, String controlCode, String elementSymbol, String description,
                           BigDecimal quantity, QuantityUnit unit, BigDecimal unitPriceUsd, BigDecimal shipped) {

    public LicensedItem {
        Objects.requireNonNull(controlCode, "controlCode");
        Objects.requireNonNull(elementSymbol, "elementSymbol");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(unitPriceUsd, "unitPriceUsd");
        Objects.requireNonNull(shipped, "shipped");
    }

    /** What is left to ship, in the item's unit; exact. */
    public BigDecimal remaining() {
        return quantity.subtract(shipped).stripTrailingZeros();
    }

    public boolean usedUp() {
        return shipped.compareTo(quantity) >= 0;
    }

    public LicensedItem withShipped(BigDecimal newShipped) {
        return new LicensedItem(lineNo, controlCode, elementSymbol, description, quantity, unit, unitPriceUsd,
                newShipped);
    }
}
